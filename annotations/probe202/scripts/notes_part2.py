"""probe202 corpus notes, D08-D14 (IHS and tribal clinics, PHN, CHR and the referral clinics
around them; all people, places and wording invented)."""

D08 = {"patient_id": "D08", "age": 63, "sex": "F", "notes": [
("2024-01-10", "CHR Home Visit", """
CHR HOME VISIT - Red Bank
Client (63F, HD MWF, T2DM on insulin) seen for BP check and med pickup.
She has been beading every evening since Christmas, 5-6 hrs a night, making a cape and
moccasins for her granddaughter's first powwow. Works at the kitchen table leaning on both
forearms along the table edge; old table w/ a metal trim strip on the edge.
BP 158/92 (took her meds late), P 80. BG 188 on her meter. Wt 202 lb.
Client proud of her work, showed CHR the beadwork.
Concerns: eyes tired, some wrist ache. Suggested a folded towel over the table edge and
breaks every hour.
Delivered sevelamer + pen needles from pharmacy. Next visit 2 wks.
"""),
("2024-02-20", "Provider Visit - Tribal Clinic", """
RED BANK CLINIC (tribal 638) - PROVIDER VISIT
CC: painful hard spot R forearm.
HPI: 63F. PMH ESRD w/ HD MWF, insulin-treated DM2, obesity, HTN. First noticed a tender lump
on the R forearm the first week of February; now purple and "feels like a burn". No fever,
no bug bite that she knows of.
Exam: R forearm, ulnar (pinky) side mid-shaft: 4x3cm indurated violaceous plaque w/
surrounding net-like livedo, very tender, no ulcer. L forearm normal.
VS: T 98.4, BP 150/88, P 84, SpO2 97%. BMI 31.6.
HD labs 2/14: PO4 7.0 / Ca 9.7 / iPTH 760.
A/P: r/o calciphylaxis; ddx panniculitis. Telederm photos sent; PRC for derm bx at
St. Brendan - earliest 2/27. Gabapentin 100 mg after HD. Keep pressure + bumps off that area.
"""),
("2024-03-05", "Dermatology Consult", """
DERMATOLOGY - St. Brendan Regional
Incisional bx 2/27/24, R ulnar forearm: calciphylaxis (calcium in vessel walls, thrombi;
von Kossa stain pos).
63F, HD. Lesion present since early Feb, now 4.5x3.5cm, early eschar centrally; the
livedo reaches toward the wrist. No other lesions found (abdomen, thighs, legs checked).
Plan: STS via the HD unit; dry dressings by PHN; pain per PCP; video f/u 4 wk from
Red Bank clinic so she is spared the drive. She asks about going to her granddaughter's
powwow next month - fine, keep the arm covered and padded.
Wt 200 lb, BMI 31.3 (obese).
"""),
]}

D09 = {"patient_id": "D09", "age": 57, "sex": "M", "notes": [
("2021-10-05", "PHN Home Visit", """
PHN HOME VISIT - Bitter Creek
57M new to insulin (glargine 24 u qAM, started 9/28/21 at Willow Flats), ESRD on HD.
Demo: good pen technique. Site: he only uses his RIGHT thigh, front - sits in his
recliner and "the right one is handy"; refuses the belly ("too ticklish").
R anterior thigh: no lumps, no bruising. Reviewed rotating within the R thigh, at least 1 inch
apart each time.
BG log 140s-210s. No hypos.
BP 142/84, P 70. Wt 190 lb.
Home: wood stove heat, running water yes, phone yes (landline).
Plan: PHN f/u 1 mo; CHR to bring glucose strips next week.
"""),
("2021-11-16", "Nephrology HD Rounds", """
NEPHROLOGY - HD rounds, Harlan Falls
57M ESRD (DM nephropathy), HD TTS, T2DM now on glargine.
New: painful nodule L inner thigh, started ~2 wks ago, now hard with a purple net around it.
Denies injury, bites, heat. Insulin goes only into the R thigh (confirmed w/ pt today).
Exam L med thigh (upper 1/3): 3cm firm subcutaneous nodule w/ overlying violaceous
retiform patch 6 x 5 cm, no ulcer. R thigh: a few tiny injection marks, no induration.
PO4 6.6 / Ca 9.5 / iPTH 880, alb 3.6.
Imp: ?calciphylaxis L thigh. Derm bx via PRC. BMI 28.4.
"""),
("2021-12-02", "Dermatology Consult", """
DERMATOLOGY - St. Brendan Regional
Incisional bx 11/23/21 L medial thigh -> calciphylaxis (calcified subcut arterioles +
thrombi) - confirmed.
Pertinent: he injects insulin solely into the R anterior thigh; R side clear. Plaque is on
the other thigh and NOT at any injection site.
Exam: L med thigh plaque 7x5cm, 1cm eschar starting centrally. R thigh normal.
Plan: STS with HD; fine to continue R thigh insulin but rotate widely; no injections at
all into the L leg. Wt 189 lb, BMI 28.2. Follow by telederm from Bitter Creek.
"""),
]}

D10 = {"patient_id": "D10", "age": 67, "sex": "F", "notes": [
("2022-09-27", "Nephrology HD Rounds", """
NEPHROLOGY - Juniper Springs HD, rounds
67F ESRD (DM nephropathy), T2DM diet-controlled (A1c 6.0), HTN, HD MWF via a R IJ tunneled
cath while her fistula matures.
Painful area L shin since Labor Day; began as a tender reddish-purple patch, now a 2 cm
shallow ulcer in the middle. No known injury - "I didn't hit it on anything".
Exam: L ant lower leg, mid shin - 6x4cm retiform purpura surrounding a 2x1.5cm ulcer,
black base; R leg clear. DP pulses by doppler bilat.
PO4 7.2 / Ca 9.9 / iPTH 640, alb 3.2.
Plan: concern for calciphylaxis -> derm bx (PRC), hold calcitriol. BMI 26.1.
"""),
("2022-10-18", "Dermatology Consult", """
DERMATOLOGY - St. Brendan Regional
Bx 10/6/22 (L shin, deep incisional): calcium within small vessel walls; occlusive thrombi;
fat necrosis.
Diagnosis: calciphylaxis, L lower leg.
Onset early Sept; no trauma at that site beforehand by hx.
Exam: L mid-shin ulcer 2.5x2cm, eschar, violaceous rim 7 x 5 cm. Bx site sutures in.
Plan: STS with HD already started; do not debride; no hydrocolloid - nonadherent + light wrap.
PHN dressing changes 2x/wk; PHN to take sutures out 10/20.
Pt asks about her grandson's wedding in Nov - ok to go, keep leg covered.
Wt 152 lb.
"""),
("2022-11-22", "PHN Home Visit", """
PHN HOME VISIT
Dressing change + wound check, L shin calciphylaxis.
Interval: last Tuesday (11/15) pt slipped carrying wood in from the woodpile and took skin off
her L shin on a split log - 3x1cm abrasion an inch under the old wound, already scabbed.
The calciphylaxis wound is unchanged (2.5x2cm), eschar stable, no new purple areas.
No signs of infection.
Teaching: ask grandson to haul the wood; wear long johns + thick socks outdoors.
BP 136/78, P 76. BMI 26.1.
Next: Thurs dressing change; CHR to arrange firewood delivery thru the tribal elder program.
"""),
]}

D11 = {"patient_id": "D11", "age": 71, "sex": "M", "notes": [
("2020-02-04", "Wound Care Clinic - New Patient", """
WOUND CLINIC - St. Brendan Regional (new pt)
71M; ESRD (HD); mechanical MVR -> warfarin; no DM. Referred by Willow Flats PCP.
Painful L buttock wound since around New Year's. Punch bx 1/21/20 (derm): calciphylaxis.
Wound: L buttock UOQ, 7x5cm; black eschar 60% / slough 40%; violaceous
retiform edge. No tunneling. Pain 8/10.
Proc: curette debridement (selective, sharp) of slough, 12 sq cm, tol w/ topical lido.
Dressing: collagenase to slough, bordered foam, retention tape around the edges.
Plan: PHN 3x/wk dressings at home, HD RN on HD days. Warfarin reviewed w/ cardiology
(mechanical valve - cannot stop). BMI 23.9.
"""),
("2020-02-18", "PHN Home Visit", """
PHN HOME VISIT - Willow Flats
Dressing change L buttock per wound clinic orders. Removed foam; tape had stripped the skin in
a 2 cm strip at the upper edge - swapped to silicone tape. Wound 7 x 5 cm, less slough.
For a chronic backache he sleeps most nights w/ an electric heating pad behind his low back
(skin there
intact, no mottling). Advised low setting + a towel between.
Flu vaccine given today, R deltoid (pt asked for it; lot # in RPMS). No reaction at 15 min.
BP 128/74, HR 64 irreg, valve click audible. INR at HD 3.1.
Next: Thurs.
"""),
("2020-03-10", "Wound Care Clinic", """
WOUND CLINIC f/u - St. Brendan Regional
L buttock calciphylaxis wound: 6.4 x 4.8 x 0.4 cm, slough 10%, granulation 60%, eschar 30%.
Sharp debridement at the edges (6 sq cm), tolerated.
NPWT placed at 125 mmHg continuous; changes MWF at HD, PHN as backup.
Pain 5/10, better. STS with HD ongoing since 2/3.
Tape strip injury healed.
Warfarin continues; INR kept high for the mechanical valve per cardiology.
Daughter shown how to check the VAC seal and silence the alarm; family has a generator
if the power goes out, and the unit battery runs about 12 h.
BMI 24.1. RTC 2 wk; CHR transport booked.
"""),
]}

D12 = {"patient_id": "D12", "age": 60, "sex": "F", "notes": [
("2023-03-14", "PHN Home Visit", """
PHN HOME VISIT - Dry Fork
60F, home PD (CAPD by hand, four exchanges daily), DM2 on NPH + regular, HTN.
Insulin sites: always around the belly button, in a ring ~2 in. out from the navel; mild
lipohypertrophy at 2 and 10 o'clock. PD catheter exits L lower abd - she keeps her shots
away from it.
Teaching: will rotate out to the thighs too; gave her a site map.
Exchange technique observed: good hand hygiene, mask on, no breaks. Exit site clean.
BP 150/90, P 88. Wt 219 lb.
Water: hauls water twice a week; talked about keeping the dialysate boxes up off the floor.
"""),
("2023-04-11", "Acute Visit - Dry Fork Clinic", """
DRY FORK CLINIC - ACUTE
CC: "pain on my right side, around the back" x 10 days.
Skin: R post flank, roughly 10 cm over the iliac crest - 5x4cm firm purple patch with lacy
edges, exquisitely tender, no vesicles (not zoster-like). No rash elsewhere.
No fall, no injury. Insulin still periumbilical only.
VS BP 154/92 P 90 T 98.0. BMI 36.8.
PD clinic labs 4/3: PO4 6.9(H) / Ca 9.9 / iPTH 710(H), alb 3.0.
A: possible calciphylaxis R flank vs early zoster vs panniculitis.
P: PRC derm bx urgent; valacyclovir not started (no vesicles, renal dosing); APAP.
"""),
("2023-04-25", "Dermatology Consult", """
DERMATOLOGY - St. Brendan Regional
Bx 4/18/23 R posterior flank -> calciphylaxis (von Kossa + vascular calcification, thrombosis).
Location: this plaque sits on the R posterior flank about 10 cm higher than the iliac
crest, well lateral and
posterior to her insulin sites, which are periumbilical. Not at an injection site.
Exam: plaque 6x4cm, fresh 1cm eschar. Periumbilical sites: lipohypertrophy only, no purpura.
Plan: STS IV x3/wk, infusion room (PD pt); nonadherent dressing; weight + PD dextrose
counselling; f/u by telederm. Wt 217 lb, BMI 36.5.
"""),
]}

D13 = {"patient_id": "D13", "age": 52, "sex": "M", "notes": [
("2024-06-04", "Nephrology HD Rounds", """
NEPHROLOGY - Harlan Falls HD rounds
52M ESRD (FSGS), HD TTS, afib on warfarin, prediabetic - A1c 6.1, diet + walking only, obesity.
Painful purple netting + 2 small ulcers, both calves, present x 3 wks.
Specifically denies any injury, falls, bites, stings, burns, heating pads or ice, tight
socks. Works as a tribal ranger but on desk duty since March.
Exam: retiform purpura over the posterior calves bilat; L w/ 2 ulcers 1 cm each, black
base; R 8 x 6 cm
purpura, no ulcer. Pulses 2+.
Labs: Ca 10.2 Phos 8.0 PTH 1,440, INR 3.0.
Plan: urgent derm bx; hold warfarin -> apixaban; STS if confirmed. BMI 32.3.
"""),
("2024-06-18", "Dermatology Consult", """
DERMATOLOGY - St. Brendan Regional
Bx 6/11/24 L calf: calciphylaxis confirmed.
Counselling given: protect the legs from any injury; the calves must stay away from heat
sources and from cold packs; if he bumps or cuts a leg, call the clinic early.
Exam: bilateral calf lesions as documented, L ulcers now 1.5 cm each.
Renal plans: hep B booster series and IV iron coming up - asked the HD unit to give any vaccine
in the deltoid, never the legs.
STS started 6/13. Apixaban since 6/6.
Wt 236 lb.
"""),
("2024-07-09", "CHR Home Visit", """
CHR HOME VISIT
Client at home, wife present. Supplies delivered (gauze, kerlix, nonadherent pads).
Went over derm instructions: he says he hasn't put heat or ice near his legs; wife says no
hot water
bottle at night "since the doctor said". No new injuries, no falls.
Legs: dressings intact and clean (CHR did not remove).
BP 144/88, P 82. Wt 233 lb.
Ride schedule TTS confirmed w/ tribal transit, pickup 0500.
Client asked whether he can go to ceremony later this month; CHR encouraged him to talk it
over with his nephrologist and his traditional healer, keeping the wounds covered and away
from heat.
"""),
]}

D14 = {"patient_id": "D14", "age": 64, "sex": "F", "notes": [
("2022-01-11", "PHN Home Visit", """
PHN HOME VISIT - Elk Hollow
64F ESRD on HD MWF (van, 3 h each way w/ the other pickups), T2DM on linagliptin, morbid
obesity, HTN.
1) Burn R forearm: caught it on the wood stove door 1/2/22 while loading wood, 4 x 2 cm,
blistered, now deroofed, pink base, no infection. No silver sulfadiazine (sulfa allergy) -
petrolatum + gauze.
2) Sacral area - stage 2 pressure injury, 1.5x1cm, over coccyx, from the long van rides on a
hard bench seat; cushion requested from tribal transit.
Thighs and legs: no wounds.
BP 146/84, P 90. Wt 262 lb, BMI 41.0.
Plan: PHN weekly; CHR to deliver the cushion.
"""),
("2022-02-08", "Nephrology HD Rounds", """
NEPHROLOGY ROUNDS - Juniper Springs
New: exquisitely painful purple plaques, inner thighs bilat, x 2 wks, L > R; no trauma there.
Exam: L med thigh 9x6cm retiform purpura + central 2cm eschar; R med thigh 5x4cm
firm violaceous plaque. Sacral pressure injury 1 x 1 cm, healing. R forearm burn
re-epithelialized.
PO4 8.6 / Ca 10.4 / iPTH 1210, alb 2.8.
Imp: thigh lesions suspicious for calciphylaxis (obesity, high Ca x P product).
Plan: derm bx; STS; stop calcium carbonate + calcitriol.
"""),
("2022-02-24", "Dermatology Consult", """
DERMATOLOGY - St. Brendan Regional
Bx 2/15/22 L medial thigh: calciphylaxis.
Also asked to look at her other wounds: the R forearm is a healed superficial burn scar from
the stove (hypopigmented, no purpura), and the sacral one is a pressure injury from
sitting; neither
one is calciphylaxis, and there is none at either of those sites.
Thighs: L eschar 2.5 cm, R plaque unchanged.
Plan: STS each HD run, PHN dressings, offloading cushion for the van ride, telederm f/u 4 wk.
Wt 259 lb, BMI 40.6.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
