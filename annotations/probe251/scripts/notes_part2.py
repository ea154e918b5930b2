"""probe251 corpus notes, E08-E14 (disaster and evacuation dialysis; all people, places and storms invented)."""

E08 = {"patient_id": "E08", "age": 66, "sex": "M", "notes": [
("2018-10-14", "Admission History and Physical", """
ADMISSION H&P - Lakemont Medical Center (Hurricane Bastien evacuee)
CC: weakness, missed dialysis
HPI: 66M w/ ESRD on HD MWF (home unit Gulf Harbor Dialysis - roof gone), driven inland to Lakemont
by family 10/10. Last HD Mon 10/8, missed Wed and Fri. Shelter staff brought him to ED today for
weakness. K 7.1, ECG w/ tall peaked T.
PMH: ESRD (hypertensive nephrosclerosis), HTN, CAD - stent placed 2015. NOT diabetic. On clopidogrel,
never warfarin.
Exam: 104kg / 180cm, BMI 32.1. Lungs w/ bibasilar crackles. Skin warm, dry; no lesions
on abdomen or legs.
A/P: hyperkalemia from missed HD - calcium gluconate, IV regular insulin + D50 in ED, urgent HD
tonight via L arm AVF; then daily HD for volume.
VTE prophylaxis: heparin SC 5000u TID, first dose today.
"""),
("2018-10-19", "Discharge Summary", """
DISCHARGE SUMMARY - Lakemont Medical Center
Admitted 10/14/2018   Discharged 10/19/2018
Dx: hyperkalemia due to missed HD after hurricane displacement; volume overload.
Course: urgent HD the night of admission, then HD on 3 consecutive days with 3.5 L net UF;
K 4.6 at d/c. Breathing back to baseline on RA. Received heparin SC three times daily for DVT
prevention the whole stay, given into the lower abdomen, sides alternated by nursing. Up walking in hall.
Disposition: back to Lakemont Civic Center shelter; guest HD chair MWF at Cedar Run Dialysis
starting 10/22.
Wt at d/c 101.3 kg.
Meds: sevelamer, clopidogrel, atorvastatin, metoprolol. Stop heparin at discharge.
"""),
("2018-11-07", "Receiving Dialysis Unit Rounding Note", """
CEDAR RUN DIALYSIS - rounding note, guest pt
S: two painful lumps R lower belly x 2 wks; the bigger one crusted black. Afebrile. Wife worried.
O: BP 158/82. R lower quadrant of abdomen: 2 indurated violaceous nodules ~2 cm each, running
together w/ retiform edges, central eschar 8mm on one. L side of abdomen clear. Legs clear.
A: new painful necrotic abdominal nodules in ESRD pt - calciphylaxis top of ddx, also consider
panniculitis, abscess.
P: urgent derm; hold calcitriol; Ca/PO4/PTH today; pain - acetaminophen, tramadol low dose.
"""),
("2018-11-20", "Dermatology Consult", """
DERMATOLOGY - Lakemont Skin Associates
Bx 11/13/18 R lower abdomen, 2 punches: mural calcium (von Kossa stain +) in little
subcutaneous vessels, thrombi, lobular panniculitis w/ necrosis.
Dx: calciphylaxis, R lower quadrant of abdomen. Onset late Oct (about 10/24 per pt and wife).
No diabetes; no warfarin exposure.
BMI: 31.5 (obese, class I).
Plan: thiosulfate with dialysis, calcitriol off, sevelamer up, wound care w/ nonadherent dressing,
f/u 2 wks, call sooner for new lesions. Pt hoping to go home to the coast by Christmas.
"""),
]}

E09 = {"patient_id": "E09", "age": 57, "sex": "F", "notes": [
("2021-08-07", "Shelter Triage RN Note", """
TAMSEN CREEK FIRE - Hollis Grange Hall shelter, triage RN
57F, HD MWF, home unit Tamsen Dialysis (inside evac zone). Left home 8/3.
c/o both calves "burning, with purple blotches" about a week, worse at night. Denies injury to the
legs, no falls, no bites she knows of. A volunteer gave her 2 ice packs last night for the calves
- she kept them on ~1 h.
Exam: bilat calves mottled violaceous net pattern; L calf w/ 1.5 cm dark scabbed area. Very
tender. DP/PT faint, present.
PMH: ESRD, DM2 (Lantus 30 u + Novolog w/ meals, all into her belly), PVD, obesity.
BMI 38.2 per home records.
Plan: ice stopped for the legs pending MD eval; to receiving unit Mon for HD and MD eval.
"""),
("2021-08-09", "Guest Patient Transfer Sheet (handwritten, transcribed)", """
GUEST PT TRANSFER SHEET - Redfern Valley Dialysis   (handwritten, transcribed)
Sending: Tamsen Dialysis (evacuated)   Event: Tamsen Creek Fire
Dx: ESRD / HD M-W-F / L UA AVF
Last 3 tx: 7/28, 7/30, 8/2  --  missed 8/4, 8/6
Labs from home unit (Jul 2021): Ca 9.9  P 8.1  PTH 1,220  alb 3.2
Meds: insulin glargine + aspart, sevelamer, calcitriol 0.5 mcg w/ tx, midodrine
Anticoag: none. Warfarin - NEVER.
Skin: livedo both calves, L calf ulcer w/ eschar. ?CUA - needs bx
NKDA.   Rec'd by: D. Whitfield RN
"""),
("2021-08-25", "Dermatology Consult", """
Dermatology - Redfern Valley Medical Group, biopsy result visit
Bx L calf 8/16/21: subcutaneous vascular calcification w/ fat necrosis -> calciphylaxis.
Dx: calciphylaxis, both calves; onset late July, before she evacuated.
Trauma review: her insulin is injected solely in the abdomen (abdominal skin soft, no
lesions). Nothing injected into, struck against or pressing on the legs before the sores
came. The ice packs were put on the calves at the shelter only after the lesions had
started - told to stop using them.
BMI 37.9.
Plan: thiosulfate at every dialysis, calcitriol off, wound RN for bilateral calf dressings,
pain control; vascular surgery consult for PVD.
"""),
]}

E10 = {"patient_id": "E10", "age": 64, "sex": "M", "notes": [
("2023-09-06", "Outside Records Summary", """
OUTSIDE RECORDS - faxed 9/6/23 from Palmetto Reach Dialysis (closed after the storm)
Reviewed by intake RN, Greaves Hill Dialysis
- 64M, chair schedule T-Th-Sa, R forearm AVF. ESRD d/t chronic GN.
- Mitral valve replaced 2009 (mechanical), so lifelong warfarin; his cardiologist aims for
  an INR near 3.
- Home unit RN skin note 8/29/23: "painful violaceous mottled area, front of R lower leg (3 cm),
  first seen by pt yesterday (8/28). No injury recalled. Derm referral for 9/1."
- Derm appt 9/1 cancelled - Hurricane Thaddeus made landfall 8/31.
- Last HD at home unit 8/29.
- EDW 82 kg. Not diabetic.
Plan: guest HD here T/Th/S from 9/7, INR with each run, derm referral re-sent.
"""),
("2023-09-12", "Shelter Medical Station Note", """
GREAVES HILL HIGH SCHOOL SHELTER - MED STATION
64M, guest HD pt, Thaddeus evacuee.
Got up in the dark last night (9/11) to use the restroom and struck the R shin against
the cot frame. 1 cm skin tear R anterior shin, just below the purple sore he already had
before the storm. Oozing stopped w/ 10 min pressure (INR 3.1 at HD yesterday... on warfarin).
Steri-strips, nonadherent pad, rolled gauze. Cot moved nearer the aisle light.
BMI 28.3 (wt 82.5 kg).
Reminded to show both spots to the HD unit doctor.
"""),
("2023-09-28", "Nephrology Consult", """
Nephrology - Greaves Hill Dialysis, guest pt
R shin lesion larger, 5 x 4 cm now with black center. Punch bx 9/20/23: calcified arterioles,
thrombi, panniculitis = calciphylaxis.
Timeline: area first noticed 8/28 at home, before the hurricane. The cot-frame skin tear (9/11)
came 2 weeks later, just distal to it, and has healed.
Dx: calciphylaxis R lower leg in a pt on warfarin.
Stopping warfarin is not an option w/ his mechanical mitral valve - cardiologist agrees by phone.
Plan: sodium thiosulfate post-HD, cinacalcet, PO4 control, wound clinic; INR goal low end of range.
"""),
]}

E11 = {"patient_id": "E11", "age": 52, "sex": "F", "notes": [
("2025-01-14", "Evacuation Shelter Health Services Intake", """
JUNIPER SADDLE FIRE - Alder Point Rec Center shelter, health services intake
52F, HD T/Th/Sa. Home unit Foxglen Dialysis is in the evacuation zone. Evacuated 1/8/25, last HD
there 1/7. Guest chair at Marquette Ave Dialysis, first run 1/11.
PMH: ESRD from DM nephropathy, DM2 on insulin, obesity, OSA (CPAP left behind).
Insulin: degludec + aspart; rotates only between the posterior L and R upper arms - says she has
never used her belly.
New: sore hard spot in the low L belly fold. Onset New Year's Day, has darkened since.
Exam: L lower pannus 5 x 3 cm firm dusky plaque, tender.
Denies heat packs, heating pad, ice, tight waistbands, or bumping it.
BMI 47.1.
Plan: show it to the HD unit MD on Thursday; keep area clean and dry.
"""),
("2025-01-16", "Receiving Dialysis Unit MD Note", """
Marquette Ave Dialysis - MD note, guest pt (fire evacuee)
The L lower pannus plaque has developed black central eschar (1.5cm) and surrounding livedo.
ESRD, DM2, obesity (BMI 47), Ca 9.7, P 7.8.
A: likely calciphylaxis of the pannus.
P: derm biopsy; she should NOT inject insulin into the abdomen while this is active (she doesn't
anyway); keep heat and ice off this skin; start STS empirically with HD.
Anticoag: none, has never been on warfarin.
Pre wt 131.5 kg, post 128.9; BP 150/84. No missed runs since she arrived.
"""),
("2025-01-29", "Dermatology Consult", """
Derm consult - Marquette Ave Medical Plaza
Bx 1/22/25, L lower abdominal skin: calcium in vessel walls, clot in lumens, fat necrosis; read as
calciphylaxis.
Dx: calciphylaxis, L lower abdominal pannus, onset ~1/1/25.
No trauma before it at that spot: nothing injected there (arms only for insulin), no thermal
exposure, no pressure from clothing - she has worn loose donated sweatpants at the shelter.
BMI 46.8 today.
Plan: continue STS, sevelamer up, wound care, weight-offloading of pannus with a sling, pain plan.
"""),
]}

E12 = {"patient_id": "E12", "age": 69, "sex": "F", "notes": [
("2020-08-31", "Shelter Medical Station Note", """
HURRICANE MARISELA - Beaumont Fieldhouse shelter, medical station
69F on PD (CCPD - brought her cycler in the car; plugged in at the med station overnight).
Here with her husband, also an evacuee, who is diabetic on insulin.
Fell in a parking lot during the evacuation 8/27, landed on her L knee - small abrasion and
bruise L knee, cleaned today, dry dsg.
Asks us to keep her husband's insulin pens in our fridge; he injects into his thighs.
Her: no diabetes. Took warfarin 2010-12 after a pulmonary embolus, course completed, none since.
BMI 34.8.
Plan: PD supplies ordered through her home program; knee check in 2 days.
"""),
("2020-09-10", "Receiving PD Program Evacuee Visit", """
Osprey Bay PD program - evacuee visit
c/o painful dark areas under both breasts x 10 days.
Exam: lower half of each breast - indurated violaceous plaques, retiform margins (L ~6cm,
R ~4cm); the left one necrotic centrally. No injury there, no tight bra (wearing a loose donated
camisole), no heat or cold applied. L knee abrasion healed.
Labs: iPTH 450 pg/mL; phosphorus 6.9; serum calcium 10.2 with albumin 2.9.
A: concern for calciphylaxis.
P: dermatology referral, biopsy. Exit site clean, effluent clear, cycler running OK.
"""),
("2020-09-24", "Dermatology Note", """
Derm - Osprey Bay Dermatology
Bx 9/16/20 L breast: arteriolar calcium deposits, thrombosed lumens, necrotic fat -> calciphylaxis.
Dx: bilateral breast calciphylaxis. No local trauma to either breast. The insulin pens
mentioned in the shelter note are the husband's; she has never used insulin.
Family hx: none for skin or kidney disease.
Anticoag: prior warfarin 2010-2012, finished.
BMI 34.5.
Plan: thiosulfate infusions via outpatient infusion, three a week, cinacalcet, breast
support garment without underwire, wound care.
Came with her husband; they will stay at her sister's inland until their home PD program reopens.
"""),
]}

E13 = {"patient_id": "E13", "age": 60, "sex": "M", "notes": [
("2024-10-04", "Dialysis Transfer Sheet (handwritten)", """
TRANSFER SHEET (handwritten)  Keel Harbor Dialysis -> Redbud Springs Dialysis
Hurricane Wrenna evacuee. Dialysis 3x/wk M-W-F, L arm BC fistula.
Missed tx: 9/30, 10/2.
Probs: ESRD, DM2 (insulin 70/30 BID into abd), HTN, CHF EF 35%
** R calf wound - painful, started ~9/20 before the storm, our RN was watching it. Not biopsied.
Wt 96 kg pre (EDW 94). No warfarin. NKDA.
Sent w/ last labs + med list. Cannulate 15g, no buttonhole. Full code.
Pt's phone died in the storm - reach him through the shelter front desk.
"""),
("2024-10-09", "Shelter Nursing Note", """
Redbud Springs Baptist shelter - nursing
60M, HD evacuee. Volunteers put ice packs on his R calf sore for pain 10/7 and 10/8; stopped
today after teaching.
R posterior calf: ulcer 2.5x2cm, base black, purplish lacy skin around it.
Dressing: foam + paper tape, changed today. Pt says pain 7/10, worse w/ walking.
Insulin given by pt into abdomen AM + PM. Sleeps on a standard cot, walks with a cane.
Plan: keep leg elevated on the cot, no ice or heat, HD tomorrow at Redbud Springs.
"""),
("2024-10-16", "Wound Care Procedure Note", """
WOUND CARE - Redbud Springs Regional, outpatient
Procedure: sharp selective debridement R posterior calf ulcer, 4.0 sq cm, removed loose
slough to bleeding edge at the rim; punch biopsy of the edge sent to path.
Wound present since ~2024-09-20 per transfer sheet.
Tolerated with topical lidocaine; pain 6/10 before, 4/10 after. Bleeding stopped w/ direct
pressure. Adherent central black eschar left in place.
Dressing: calcium alginate, foam, tubular retention (no tape on skin).
Return 1 wk; nephro aware. Shelter RN to change dressing every other day.
"""),
("2024-10-30", "Dermatology Consult", """
Dermatology - Redbud Springs
Path 10/16 R calf: calcified small arterioles, thrombi, necrosis -> calciphylaxis.
Dx: calciphylaxis R posterior calf. Began ~9/20 at home, before any of the shelter care (ice
packs, tape, debridement, biopsy). Insulin 70/30 self-injected into abdominal skin, which is
clear. HD unit labs last wk: PTH 1,480 and phos 8.6. No earlier injury, injection or
pressure on the R calf found in his history.
BMI 33.0.
Plan: thiosulfate during dialysis, weekly wound clinic, stop calcium-based binder; home once
power is restored.
"""),
]}

E14 = {"patient_id": "E14", "age": 75, "sex": "F", "notes": [
("2022-09-12", "Shelter Health Intake", """
HALVORSEN FIRE - Kittredge Elementary shelter, health intake
75F, HD Mon/Wed/Fri, home unit Larkspur Dialysis (evacuated). Left home 9/9.
PMH: ESRD, DM2 on insulin, obesity (on her problem list), hx of calciphylaxis in spring 2016 on the
abdominal wall at her old insulin sites - healed after STS; since then injects only into upper arms.
Now: purple, painful patches, L and R medial thighs, x ~3 weeks, started before the fire.
Exam: bilat medial thighs w/ retiform violaceous patches, R with small crusted center.
Not on warfarin, never was.
Plan: HD Wed at Granite Pass Dialysis, MD there to look at the thighs.
"""),
("2022-09-14", "Receiving Dialysis Unit MD Note", """
Granite Pass Dialysis - guest pt MD note
75F, evacuee. Hx calciphylaxis 2016 (abd wall), resolved.
Since about mid-August: tender retiform purpura, medial thighs L and R; R side now w/ small
eschar. Denies injections into the thighs, falls, tight garments, heat or ice. Sleeps on a cot
with a foam pad, no pressure on the inner thighs.
Labs: PTH 860, P 7.2, Ca 10.0.
A: suspect recurrent calciphylaxis, medial thighs.
P: derm bx, STS starting Fri, sevelamer up. Pre wt today 79.6 kg; son staying at the shelter with her.
"""),
("2022-09-30", "Dermatology Consult", """
Dermatology - Granite Pass
Bx 9/21/22 R medial thigh: calcification of subcutaneous vessel walls w/ thrombosis ->
calciphylaxis, recurrent.
Dx: calciphylaxis of bilateral medial thighs (current). The 2016 episode on the abdomen (at her
insulin sites then) is healed, scar only. Nothing injured the thighs before the new lesions.
Insulin into both upper arms - clear.
BMI 29.8. Obesity on problem list.
Plan: STS, wound care, f/u 2 wks at Granite Pass or her home derm once back.
Her son will drive her; the Larkspur unit reopens next month.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
