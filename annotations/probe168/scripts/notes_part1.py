"""probe168 corpus notes, C01-C07 (prosthetics, orthotics and amputee clinic, plus the clinics around them; all invented)."""

C01 = {"patient_id": "C01", "age": 63, "sex": "F", "notes": [
("2019-02-04", "Nephrology PD Clinic Note", """
HOME DIALYSIS UNIT - MONTHLY PD VISIT
Attending: R. Okonjo-Hale MD      PD RN: Tamsin W.

63yo woman, ESKD from hypertensive nephrosclerosis, CCPD since 2017. L transtibial
amputee (PAD, 2016), walks w/ her prosthesis + SPC. Not diabetic (last HbA1c 5.4%, 2018).
Never on warfarin.

S: "washed out", short of breath climbing into her son's van. Cycler 5 exch/night,
last fill 1.5 L, effluent clear. Exit site clean, no crusting.

O: BP 142/80  HR 84  Wt 68.9 kg  BMI 27.1
Bloods 1/28: Hb 8.9 | ferritin 512 | TSAT 31% | PO4 5.8 | cCa 9.4 | iPTH 611 | alb 3.5
Weekly Kt/V 1.9.
Meds: cinacalcet 60 mg, calcitriol 0.25 mcg each day, sevelamer carbonate 1600 w/ meals (TID),
amlodipine, atorvastatin, ASA 81.

Assessment / plan
#Renal anaemia, iron stores adequate -> epoetin alfa 4,000 u subcut weekly.
   Dose #1 administered here by the RN, posterior R upper arm. Daughter Priya
   taught, return demo good; she will give the weekly shot at home and says the
   back of the right arm is the easiest spot for her to reach. Hb in 3 wks.
#CKD-MBD: phos up, binder w/ snacks too. Cinacalcet to 90 mg.
#PD adequacy at goal - no change to Rx.
RTC 4 wks.
"""),
("2019-04-10", "Prosthetics Clinic Follow-up", """
ORTHOTICS & PROSTHETICS - FOLLOW UP
Larkspur Limb Center, Suite 4     CPO: G. Van Huisen

Pt: 63 F, L TT amputee x 3 yrs, K3 (limited community).
Current device: TSB socket, 6 mm cushion gel liner, pin/shuttle lock, carbon foot cat 4.
Reason for visit: liner thinning at the distal cup; c/o "clicking" when she rolls over
the toe.

Findings: RL volume stable, 3-ply sock over liner. After 10 min hallway walking no
redness at fib head, crest or distal end. Pin engages fully. Click traced to a loose
pyramid adaptor -> retorqued to spec, resolved. Liner cup split ~1 cm at distal seam.

Other: pt mentions a "deep bruise" behind her R arm, upper part, that started 2 wks ago,
very painful, cant sleep on that side. Not examined in detail here - purple, about
palm sized, hard edges. Advised to show it to nephrology this week; she states the PD
nurse already looked and booked dermatology.

Plan: replacement liner ordered, same size 6 mm. Recheck 3 mo or PRN.
Face to face 30 min.
"""),
("2019-04-24", "Dermatology Follow-up", """
DERMATOLOGY - BIOPSY RESULTS VISIT

Reason: painful plaque, R arm (posterior, upper).

HPI: 63F, PD-dependent ESKD, L BKA. Seen 4/17 for a tender indurated violaceous plaque
over the posterior aspect of the R upper arm w/ a central black crust; began late March by her account.
Her epoetin alfa has gone in SC once a week at this very spot since the first dose on
2/4/19. Incisional bx taken at the edge 4/17/19.

Path (S19-04418): deep subcutis - arterioles with calcified media, intimal
thickening, a thrombus occluding one lumen; fat lobules necrotic; VK stain shows
the mineral. Diagnostic of calciphylaxis.

Exam - R arm, posterior upper third: stellate purpuric plaque 6.5x5 cm, eschar 2x1.5 cm in the
middle, sutures intact, no purulence. L arm, trunk and thighs clear. Residual limb
skin intact.

Impression: calciphylaxis, posterior R upper arm, arising exactly where her weekly
epoetin is injected.
- spoke w/ Dr Okonjo-Hale: STS, 25 grams intravenously x3 per week, infusion suite to schedule
- future epoetin doses into the abdomen instead, nothing further into the R arm
- petrolatum gauze + ABD pad daily; avoid enzymatic debridement
- pain: gabapentin 100 nightly, dose cut for PD
RTC 2 wks, sutures out then.
"""),
]}

C02 = {"patient_id": "C02", "age": 58, "sex": "M", "notes": [
("2023-04-11", "Prosthetic Delivery Note", """
PROSTHETIC DELIVERY - DEFINITIVE TRANSTIBIAL, LEFT
Ridgeline O&P, Brookhollow office
58 yo M, L TT amputation 2021 (diabetic foot infection), K3. Dialysis pt (ESRD); DM2, insulin-requiring.
Codes on auth: L5301, L5673 (liner), L5685 (suspension sleeve), L5981.

Delivered today: definitive socket, 9 mm gel liner, elastomeric suspension sleeve w/
expulsion valve, dynamic response foot. Sleeve rolls up past the knee and seals on the
L distal thigh, top band about a hand-width above the patella, snug on the medial side.

Fit: donned w/ 1-ply. Static alignment ok, pylon plumb. Parallel bars then hallway 150 ft,
slight toe-out corrected 3 deg. Doffed after 25 min - expected blanching redness at the
patellar tendon. Deep red groove where the sleeve top edge crosses the L distal medial
thigh; pt says the sleeve "bites". Shown how to smooth it, no folding the top band.

Wear schedule: 2 hrs on / 1 off days 1-3, then build up. Mirror skin checks twice a day.
Pt verbalized understanding. F/u 3 wks.
Dx Z89.512.
"""),
("2023-05-02", "Prosthetic Follow-up", """
O&P F/U - 3 wks post delivery, L TT

S: wearing the leg 8-10 hrs/day, walks to the mailbox and in/out of the dialysis unit
(HD MWF). Says sleeve still pinches on top of the inner thigh by evening, worse after
dialysis when the limb shrinks and the socket gets loose. Wife rolls the band down
for him sometimes.

O: scale 104.6 kg; height per pt 176.5 cm -> BMI 33.5.
Sleeve band at L distal medial thigh: linear erythema, 2 mm indentation, blanches,
skin intact, no open area. RL: no redness at distal tibia, fib head clear.
Sock ply 1 AM -> 2 by end of day.

A: adapting well to the definitive socket. Sleeve band pressure L medial distal thigh,
skin intact.

P: swapped to next sleeve size up (L). Thin nylon sheath under sleeve top suggested.
Recheck 6 wks or call sooner.
"""),
("2023-06-13", "Wound Center New Consult", """
OUTPATIENT WOUND CENTER - NEW CONSULT      Ref: Dr. Faraday (nephrology)

HPI: 58M, ESRD - dialyses Mon/Wed/Fri at Stonewater via R radiocephalic fistula; type 2
diabetes (glargine 30u nightly + correction scale); AF - warfarin (INR target 2-3);
L BKA 2021. Exquisitely painful ridge along the inner L thigh just above
the knee, first noticed on Memorial Day as a hard purplish line, since then black in
the centre. Pain 9/10 and keeps him awake. Prosthesis off ~1 wk because of pain.

Exam: L distal medial thigh: horizontal band-shaped violaceous plaque ~7 cm long w/
black eschar 3.2x1.1 cm centrally, retiform edges, woody induration, surrounding livedo.
No fluctuance, no odour. R leg no lesions. R DP dopplerable.

Chem: PO4 6.7 / Ca 9.8 / PTH 890 / alb 3.2; INR 2.6

Impression: necrotic retiform plaque L distal medial thigh; on dialysis and warfarin,
so calciphylaxis strongly suspected.
Plan: incisional bx at the plaque margin with derm 6/15. Xeroform + ABD, keep dry.
Tramadol 50 mg q12h PRN. Hold prosthesis for now.
"""),
("2023-06-27", "Nephrology HD Rounding Note", """
HD ROUNDS - Stonewater Dialysis, chair 14

S: L thigh wound pain 7/10. Derm bx 6/15/23 returned calciphylaxis. Sleeping in recliner.

O: pre BP 156/88, post 132/76. EDW 101.5 kg, UF 3.1 L.
6/20 bloods: spKt/V 1.32, Hgb 10.4, PTH 902, phosphate 6.9, calcium 9.5, albumin 3.1.
Dressing intact, not taken down today.

Plan
(1) Calciphylaxis, bx confirmed, L distal medial thigh -> thiosulfate 25g given
    intradialytic, last hour, each session. Off calcium acetate; sevelamer 1600 with meals in its place.
    Cinacalcet raised to 60 mg.
(2) Warfarin stopped today; cardiology prefers apixaban 2.5 twice daily.
(3) Sessions extended by 30 min (now 4.5 h) for phosphorus.
(4) BMI 33.1 today - obesity, renal dietitian referral.
(5) DM: glargine unchanged.
"""),
]}

C03 = {"patient_id": "C03", "age": 71, "sex": "M", "notes": [
("2023-12-05", "Amputee Clinic Physiatry Return Visit", """
AMPUTEE CLINIC (PM&R) - RETURN VISIT

71M, R transfemoral amputation 2019 after failed fem-pop bypass. K2, quad socket with
manual locking knee; wheelchair for distances.
PMH: ESRD; dialysis at Crane Creek on Tu/Th/Sa; DM2 managed with linagliptin 5 (never insulin);
CAD; peripheral neuropathy; BPH.

S: phantom pain 5/10, evenings, "foot cramping". L leg and foot always feel cold.
Since the autumn he sits most evenings in the garage workshop with a small electric
space heater aimed at his L shin "to get the blood going", 2-3 hrs, very close.

O: BMI 24.0. L leg: faint reticulated tan-pink mottling over the L anterior shin, warm,
no blister, no open skin. Monofilament absent L foot. DP faint.
RL well healed, no socket marks.

A/P
- phantom limb pain: gabapentin 100 mg qhs (HD dosing), mirror therapy handout
- direct heat to an insensate L shin: told to move the heater well back and stop
  warming the leg that way, burn risk. Pt "will try".
- prosthesis ok, liner fine. RTC 3 mo.
"""),
("2024-02-21", "Prosthetist Visit", """
PROSTHETIC VISIT - R TF, socket check
Canterbury Prosthetic Lab   CP: M. Dunleavy

S: lost weight over the holidays (~4 kg), socket feels loose, now up to 5-ply. Also very
upset about his L shin - painful purple-black area that came up roughly 3 wks ago,
keeps him up at night, wearing long johns rubs it.

O: RL: 5-ply socks, pistoning ~1 cm on step-off, no redness at ischial seat or
adductor roll. Wt 76 kg per pt (not weighed here).
L anterior shin: 5 x 3 cm dusky purple plaque w/ black centre inside the old mottled
patch, tender to light touch. Not dressed.

A/P:
- volume loss, socket loose: pad added at medial wall, new check socket if ongoing
- L shin lesion: called HD unit charge RN, she will have the nephrologist look Thurs and
  get derm in. Covered w/ non-stick pad today.
F/u 4 wks.
"""),
("2024-03-06", "Dermatology Consult", """
DERMATOLOGY CONSULT
Requesting: Dr. Ballantyne (nephrology)

71M, ESRD on HD, DM2, R AKA. Painful plaque L anterior shin, onset end of January.
He has warmed this leg with a space heater at close range nearly every evening since
last autumn; the plaque sits inside the patch of reticulated heat mottling.

Exam: L anterior shin: 5.5x3.5 cm star-shaped violaceous plaque, eschar 2x1 cm at its
middle, retiform border, set within a net-like hyperpigmented patch (erythema ab igne).
Nothing similar elsewhere on the legs or trunk.

Path (punch + wedge 2/27/24): subcutaneous capillaries and arterioles encrusted with
calcium, fresh thrombi, necrotic fat; VK stain confirms. Diagnosis: calciphylaxis.

Impression: L anterior shin calciphylaxis, arising in skin injured by chronic heat
from the space heater (Koebner-type localisation).
Plan: no more heater near the legs - space heater removed per daughter. Thiosulfate on
dialysis days per renal team. Wound center for dressings. Palliative care intro for pain.
"""),
]}

C04 = {"patient_id": "C04", "age": 66, "sex": "F", "notes": [
("2020-09-01", "Vascular Surgery Post-op Visit", """
VASCULAR SURGERY / LIMB SALVAGE - POST-OP CHECK

66F s/p R common femoral endarterectomy + R CFA to below-knee popliteal bypass w/ PTFE,
done 8/18/2020 for rest pain and nonhealing R 2nd toe ulcer (toe amputated 2019).
Kidney failure on hemodialysis via a L brachiobasilic graft, DM2 on insulin, obesity class
II, on warfarin for the graft.

S: walking short distances w/ RW, pain controlled. Toe-amp site closed.
O: Afebrile. BMI 36.2. R groin incision: healing, staples in, edges well apposed,
no drainage, no hematoma. Below-knee incision clean. R DP signal biphasic.
ABI not done (incompressible).

A/P: doing well at 2 wks.
- staples removed from R groin and knee incisions, steri-strips
- warfarin INR 2.4, continue, goal 2-3
- referred to orthotics for an extra-depth shoe with toe filler R
- duplex graft surveillance 6 wks
"""),
("2020-10-27", "Orthotics Clinic Limb Salvage Visit", """
ORTHOTICS - LIMB SALVAGE CLINIC      CO: J. Merriweather

Dx: Z89.421 (absence of other toe, R), E11.51, I70.221. 66F, HD MWF.
Item: extra-depth shoe pair + custom heat-moulded triple-density inserts, R toe filler.

Delivery/fit: Shoe length/width ok, 1 thumb-width at the toe. R insert trimmed at the
filler to stop rubbing on the 3rd toe. Walked 100 ft in clinic - no red areas on either
foot after 10 min.

Other c/o: says her R groin where the bypass was done has been burning and hard since
mid-October, a "dark purple spot" in the scar she can feel when she sits. Did not unwrap
in clinic. Pt has vascular appt next wk, messaged Dr. Ostrowska's nurse today so she
can be seen sooner.

Plan: break-in schedule given, 1 hr increments. Foot check daily. Return 4 wks.
"""),
("2020-11-05", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT - 6 West
Reason: necrotic plaque R groin.

66F, hemodialysis-dependent, insulin-treated DM2 (glargine + aspart), warfarin, BMI 36.
Admitted 11/3 for pain control. Had R CFA endarterectomy/bypass 8/18/20; since
mid-October the skin along the R groin incision has become indurated, purple, then black.

Exam: R groin: 9x4 cm linear violaceous plaque tracking along the healed incision,
black eschar 4x1.5 cm in the middle, netlike purpura at the margins. Not fluctuant.
Abdomen, both thighs and lower legs free of similar change.

Path (incisional bx 11/3/20): calcified media in subcutaneous arterioles with thrombus,
septal panniculitis w/ necrosis; calcium stain (von Kossa) strongly positive.

Assessment: the R groin lesion is calciphylaxis, which has come up inside the
operative scar of the femoral endarterectomy/bypass incision (pathergy/Koebner pattern).
Recs: thiosulfate 25g after each HD session; stop warfarin - vascular to choose an
alternative; no sharp debridement for now; vascular aware, graft patent on duplex.
"""),
]}

C05 = {"patient_id": "C05", "age": 69, "sex": "M", "notes": [
("2021-12-25", "Emergency Department Note", """
ED PHYSICIAN NOTE - Holloway Regional

CC: fall

HPI: 69M w/ R BKA, ESRD on a TTS HD schedule, DM2 on basal insulin, apixaban for AF. Last
night ~23:00 got up to use the bathroom without his prosthesis, hopped, lost balance and
fell sideways, striking his L hip against the bathtub rim. Did not hit his head, no
syncope. Got up w/ wife's help. Now L hip pain 6/10.

Exam: T 36.8  BP 168/92  HR 88  SpO2 97%. A&O x3. L hip, lateral, over the trochanter:
10x8 cm ecchymosis, tender, skin intact, no laceration. Full passive ROM L hip, pain at
end range. R residual limb intact. No midline spine tenderness.

Imaging: XR of the pelvis/L hip negative for fracture.

MDM: mechanical fall, L hip contusion, no fracture. Anticoagulated but no head injury.

Dispo: home. Offered cold packs for the hip, pt declines. Acetaminophen. Bedside
urinal at night, keep the prosthesis or wheelchair by the bed. PCP f/u.
"""),
("2022-01-19", "Prosthetic Clinic Gait Training Note", """
AMPUTEE GAIT TRAINING - PROSTHETIC CLINIC
R TT, K2-K3, pin lock TSB, SACH -> trialing dynamic foot.

S: "not walking much since Christmas Eve" when he fell at home without his leg.
Family put in a night light + commode. L hip still aches when he lies on it.

O: BP 150/84. Donned independently, 3-ply. 10MWT 0.71 m/s w/ SPC. TUG 14.2 s.
Gait: shortened R stance, lateral trunk lean to L, slight vaulting on the L side.
AMPPRO 36/47 w/ prosthesis.
Hip/back skin not looked at today, clothed. RL clear after session.

A: decline in speed vs Nov (0.84 m/s), deconditioning after the fall.
P: 2x/wk x 6 wks, step-to -> step-through, weight shift drills, trial of the dynamic
response foot next visit. Fall prevention education reviewed. BMI on file 29.9
(overweight), HD schedule TTS so sessions Mon/Wed.
"""),
("2022-01-27", "Wound Clinic Note", """
WOUND CARE CLINIC - INITIAL VISIT

69M, 4 yrs of thrice-weekly HD for ESRD, DM2 (degludec 24 u), AF on apixaban - has never
taken warfarin. R BKA 2018. BMI 29.9.
Wife noticed a painful black patch on his L lateral hip around January 10th; it has
spread and he now cannot lie on that side. Burning, 8/10.

Exam: L hip, lateral aspect, centred on the trochanter: stellate necrotic plaque
6x4.5 cm, adherent black eschar, violaceous retiform purpura and induration reaching
2 cm beyond it. Extremely tender; dry, nothing fluctuant or crepitant. Trunk and thighs
otherwise clear.
HD unit chem 1/24: PTH 1120 (high), phos 7.2, albumin 3.0, Ca 10.1.

Impression: clinical diagnosis - calciphylaxis, L lateral hip (uremic; painful
retiform necrosis, high phos/PTH). Bx deferred - pt & nephrology agree to treat now.
Plan: thiosulfate with dialysis, cinacalcet up-titrate, hydrogel + foam, keep weight
off the L side, wound RN twice weekly. Pain mgmt referral.
"""),
]}

C06 = {"patient_id": "C06", "age": 54, "sex": "F", "notes": [
("2018-05-22", "Prosthetic Casting Visit", """
PROSTHETICS - CASTING (BILATERAL TT)
Northgate Orthopedic Appliances    CPO: A. Sorensen

54F, bilat transtibial amputee (L 2015, R 2017); T1DM managed on a pump; kidney failure
on peritoneal dialysis. K3, currently on old PTB sockets w/ cuff straps; both residual
limbs have shrunk, 8-10 ply, pistoning.

Plan discussed: replace both with supracondylar/suprapatellar (SC/SP) sockets w/ medial
and lateral wedges for suspension, no cuff straps. Hand-cast both RLs today in 30 deg knee
flexion, condyles marked. Delivery of both sockets planned for June.

Skin: intact both limbs, no pressure marks, no calluses. Pump site on abdomen.
BMI 22.6 (self-report wt).
Pt agreeable. Check sockets next visit.
"""),
("2018-07-18", "Prosthetic Follow-up", """
PROSTHETICS F/U - BILAT TT, new SC/SP sockets (delivered in June)

S: Likes the suspension, no more straps. But since the Fourth of July painful purple
patches have appeared along the medial side of both knees, right where the medial wings
squeeze above the joint line. Worse L. Sleeping w/ pillow between knees.

O: Medial knees bilat, over the femoral condyles under the medial supracondylar wing:
firm dusky violaceous plaques, 40x30 mm on the L (black centre) and 30x20 mm on the R.
Exquisitely tender. Not blanching. Both distal RLs clear.

A: painful necrotic-looking plaques both medial knees under the SC wings - not the usual
socket rub. PD pt.
P: relieved both medial wings by grinding 3 mm; told to wear sockets only for transfers
until seen. Called her nephrologist (Dr. Adeyemi) - derm visit arranged for next week.
"""),
("2018-07-27", "Dermatology Consult", """
DERMATOLOGY - NEW CONSULT

54F, T1DM on pump, ESRD on CCPD, bilat TT amputee; new SC/SP sockets fitted in June.
Painful plaques of both medial knees since July 4th.

Exam: Medial knees over the condyles: L retiform violaceous plaque 45x35 mm around a
15 mm eschar; R indurated purpuric plaque 30x25 mm without eschar so far.
Livedo extends onto medial distal thighs. Abdomen, arms clear.

Path (punch, L medial knee, 7/20/18): subcutaneous vessels show calcified walls;
several lumina plugged by thrombus; fat necrotic. Reads as calciphylaxis.

Impression: calciphylaxis, bilateral medial knees, localized precisely under the medial
supracondylar wings of her new sockets: pressure-induced (Koebner) localisation.
- prosthetist to cut out both medial wings / switch to sleeve suspension
- IV STS arranged via PD unit; low-calcium dialysate
- insulin pump: unchanged. BMI 22.4.
"""),
]}

C07 = {"patient_id": "C07", "age": 47, "sex": "F", "notes": [
("2017-10-04", "Orthotic Fitting CROW", """
ORTHOTICS - CROW FITTING (Charcot restraint orthotic walker), R
Fairbanks Brace & Limb

47F, R midfoot Charcot (stage 1 -> 2), ESRD on HD MWF, DM2. Morbid obesity.
Med rec updates since casting: started insulin injections in Sept 2017 (glargine
28 u + lispro w/ meals) - says she injects into her lower belly, "it's where I've
got the most cushion".

Fit: bivalved CROW, total contact footbed, anterior shell + 3 straps. Donned w/ cotton
stocking. Walked 60 ft w/ RW, no pistoning. Doffed after 20 min: no red areas on R
foot, malleoli, or anterior tibia.

Wear: 1 hr increments, up to all day by wk 2. Never walk without it.
Skin check 2x/day; daughter to help.
BMI 41.2. F/U 2 wks.
"""),
("2017-10-30", "Primary Care Visit", """
PRIMARY CARE - SAME DAY VISIT

47F, hemodialysis for ESRD; DM2, insulin since last month, R Charcot foot in CROW.

CC: "hard painful lumps in my stomach fat" since 10/22/17, now darker.
Pain 8/10, hurts to bend.

Exam: T 37.1  BP 150/90  BMI 41.0. Lower abdomen below and around the umbilicus: several
indurated tender subcutaneous plaques 2-5 cm, two with violaceous mottled surface, one
with a dusky grey centre. No fluctuance. Warmth minimal.

A: indurated abdominal plaques in a dialysis pt - differential: panniculitis, cellulitis,
calciphylaxis. Injection lipohypertrophy unlikely, too painful.
P: urgent derm referral (spoke w/ Dr. Lindqvist, seen next wk). Cephalexin held for now.
Continue insulin - still into the abdomen for now until derm sees.
"""),
("2017-11-09", "Dermatology Consult", """
DERMATOLOGY CONSULT

47 y/o woman on hemodialysis, type 2 DM; insulin begun Sept 2017, self-injected in the
lower abdomen. Painful plaques of the lower abdomen since 10/22/17.

Exam: lower abdominal pannus: 4 retiform violaceous plaques 2-5 cm, 2 now w/ early black
eschar, clustered at the periumbilical and infraumbilical sites she uses for her
insulin. BMI 40.8.

Path (punch x2, 11/2/17): calcium crusting small vessels in the panniculus, clot within
lumina, necrotic adipocytes; positive VK stain. Calciphylaxis.

Impression: the lower abdominal plaques are calciphylaxis, sitting on the spots where
she injects insulin.
- move insulin to the upper outer arms; stop injecting the belly entirely
- thiosulfate IV after dialysis three times a week per nephrology
- calcium-containing binder stopped; nephrology starting cinacalcet
- gentle wound care, no debridement
See again in 2 wks.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
