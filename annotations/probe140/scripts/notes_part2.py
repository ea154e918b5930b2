"""probe140 corpus notes, B08-B14 (clinical pharmacy and the clinics around it; all invented)."""

B08 = {"patient_id": "B08", "age": 55, "sex": "M", "notes": [
("2020-11-12", "Community Pharmacy Counseling Record", """
MARLOW FAMILY PHARMACY - PHARMACIST CONSULT LOG
Pickup: sevelamer 800 mg #270, cinacalcet 30 mg #30, metoprolol succ 50 mg #30.
Pt 55M, on HD M/W/F afternoons (Pinecrest Dialysis). Drives a school bus route in the mornings.

Pt asked for "the strongest numbing cream you sell" for a painful spot on his right buttock,
present since late October, pain 7/10, worse sitting in the driver's seat. Says the skin
"went hard and purple" and a scab formed.
Keeps a very thick wallet (insurance cards, pill lists, receipts, photos) in his R back
pocket and sits on it all morning on the bus, has for years.

RPh could not view area (consult room in use). Advised: do not use OTC lidocaine on broken
skin; because of his kidney disease this needs to be seen promptly - show the dialysis
nurse/doctor at tomorrow's run. Suggested carrying the wallet in a front pocket.
Pt agreeable. Called Pinecrest charge RN w/ pt permission - message left.
T. Nakashima-Rhee, PharmD
"""),
("2020-11-30", "Wound Care Clinic Consult", """
WOUND CLINIC CONSULT
Referral: Pinecrest Dialysis - "buttock ulcer in HD pt, ?calciphylaxis".

55yo man; ESRD on HD; HTN; not diabetic. Lesion began late October 2020 as a firm painful
purple area and ulcerated within 2 wks.
Exam: R buttock, upper outer gluteal region: rectangular ulcer 5x3.5 cm, a
black eschar over it, violaceous stellate border with livedo. The shape and location match the outline
of his thick wallet, which he has carried in his R back pocket and sat on for hours daily -
the lesion sits right where the wallet presses. L buttock, sacrum, heels intact.
Weight 92.4 kg, height 1.79 m -> BMI 28.9.

Assessment: necrotic R gluteal ulcer where a wallet pressed for years; suspect calciphylaxis.
Plan: 2 incisional bx at the edge today (sent for von Kossa). Wallet out of back pocket
permanently, gel seat cushion for the bus. Dressing: Dakin's-moistened gauze daily. RTC 1 wk.
"""),
("2020-12-15", "Nephrology Dialysis Rounding Note", """
NEPHROLOGY - DIALYSIS ROUNDS                 Pinecrest Dialysis, MWF 2nd shift
55M, ESRD from hypertensive nephrosclerosis; HD through a L arm graft since 2016.
Skin bx (11/30, R buttock): small-vessel calcification, intimal fibroplasia, thrombi, von
Kossa positive = calciphylaxis.
Ulcer today 5.5x4 cm, eschar, tender. On FMLA from the bus job.
Labs: Ca 9.5, PO4 7.9, iPTH 910, alb 3.6, Kt/V 1.4.
Meds: sevelamer 800 x3 TID, cinacalcet 30, metoprolol, no warfarin, no vitamin K antagonists.

A/P
1. R buttock calciphylaxis (biopsy-proven): STS 25 grams IV, last hour of every treatment (start
   today), cinacalcet 60, sevelamer to 1600 TID, low-phos diet review. Consider hyperbaric O2.
2. SHPT: surgery referral if PTH stays > 800.
3. Pain: oxycodone 5 q6 prn; avoid morphine.
BMI 28.9.
"""),
]}

B09 = {"patient_id": "B09", "age": 69, "sex": "F", "notes": [
("2018-10-02", "Pharmacy Immunization Administration Record", """
COBB STREET PHARMACY - IMMUNIZATION ADMINISTRATION RECORD
Pt: 69 F. Screening questionnaire reviewed: no fever today, no prior vaccine reaction,
no GBS, no egg allergy issue. VIS provided 10/02/2018.

1) Influenza vaccine (Fluzone High-Dose, quadrivalent) 0.5mL IM. Lot UJ4812A, exp 06/30/2019.
   Site: R deltoid.
2) PCV13 (Prevnar 13) 0.5 mL IM. Lot R91734, exp 03/2020.
   Site: R deltoid, 1 inch below the flu shot.
L arm not used: pt has dialysis fistula in the L forearm (no sticks, no BP that arm).

Hx per pt: ESRD (dialyzes TTS), T2DM using insulin pens in the abdomen, HTN.
Ht 5'3", Wt 192 lb (pt-reported) -> BMI 34.0.
Observed 15 min, no reaction. Record sent to PCP and state registry.
Administered by: G. Whitcombe, PharmD (immunizer cert.)
Next due: PPSV23 in 1 yr; hep B series status - check with HD unit.
"""),
("2019-01-22", "Pharmacist MTM Visit", """
MTM VISIT - COBB STREET PHARMACY (in person, 30 min)
69F, ESRD on HD, T2DM, HTN, hypothyroid.

Meds: insulin detemir 22 u qAM + aspart 4-6 u AC (abdomen, rotating), sevelamer 1600 TID,
levothyroxine 75, losartan 50, atorvastatin 40, calcitriol 0.5 mcg, B-complex/C.
Issues:
- Hypoglycemia on HD days (lows 58-65 mid-run) -> suggested detemir 18 u on HD days; faxed
  nephrology + PCP.
- Levothyroxine taken with sevelamer: separate by 4 h.
- Hep B: HD unit asked us to give Heplisav-B dose 2 today. Given IM 0.5mL into the R deltoid, lot
  H4409B. Dose 1 was 12/2018 (also R deltoid per unit record).
No skin complaints today. Wt 193 lb, BMI 34.3.
Plan: recheck glucose log in 2 wks by phone.
G. Whitcombe, PharmD
"""),
("2019-03-05", "Dermatology Consult", """
DERMATOLOGY CONSULT
69yo woman, ESRD/HD, insulin-treated T2DM, obese. Ref by nephrology for painful L arm lesion.

HPI: a tender lump appeared on the L upper arm, lateral side, in early February, grew,
and darkened over 3 wks. Pain 8/10. Denies bug bites, injury, or shots in that arm - all her
vaccines at the pharmacy go in the R arm because of the L forearm fistula. Insulin in abdomen.

Exam: L lateral upper arm (from the deltoid insertion down to mid-humerus), 6x4 cm
indurated plaque, retiform purpura, 2 cm central eschar. R arm: normal skin at the deltoid. Abdomen: mild
lipohypertrophy, no necrosis.

Path (punch 2/26): small arterioles with medial calcium, thrombi, necrotic fat;
VK stain + -> calciphylaxis.
A/P: L upper arm calciphylaxis. STS via HD per nephrology; stop calcitriol; wound care with
hydrogel + foam; f/u 3 wks. BMI 34.1.
"""),
]}

B10 = {"patient_id": "B10", "age": 76, "sex": "M", "notes": [
("2018-01-23", "Anticoagulation Clinic Pharmacist Visit", """
ANTICOAGULATION CLINIC - PHARMACIST
Indication: atrial fibrillation, CHA2DS2-VASc = 5   INR target 2-3   warfarin since 2012.
76yo man, ESRD, HD Mon/Wed/Fri at Delmont Dialysis, HTN, CAD s/p CABG. No DM.

INR today (fingerstick) 2.4 - therapeutic. TWD 27.5 mg (5 mg daily, 2.5 mg Fri) - no change.
Bleeding screen: no melena, no hematuria, some gum bleeding w/ brushing. Denies falls,
bumps, or new bruising. No med changes, no abx.

Pt mentions a "sore spot on my right calf, back side" since early January, painful, "like a
burn"; has a dark scab. Has not shown anyone. Pharmacist looked: R posterior calf ~3 cm
purplish hard area w/ central dark crust. Advised he show nephrology at HD tomorrow, message
sent to Dr. Pham.
Next INR Mon 2/12 at HD.
Weight 80.1 kg; BMI 26.1.
N. Castellanos, PharmD, CACP
"""),
("2018-02-13", "Emergency Department Note", """
ED PROVIDER NOTE
CC: fall. 76M on warfarin + HD. Slipped on an icy step at home 2/10, banged the front of his R lower leg on the
step's edge. Head not hit, LOC denied. Bruise and swelling of the shin since.

Exam: R anterior shin 8x6 cm hematoma, tense but compartments soft, neurovascularly intact.
Separately, R posterior calf: 4x3.5 cm ulcer, black eschar, violaceous retiform
border around it; pt says this one has been there since early January, well before the fall.
Nephrology note 1/24 calls it "concerning for calciphylaxis"; skin bx was done 1/31,
result not in our system.
Plain films of the R tibia/fibula: no fx.
INR 3.1, Hgb 10.2.

MDM: shin hematoma from fall, no compartment syndrome, no fx. Chronic calf ulcer - per
outpatient team.
Plan: ice/elevate the shin hematoma, acetaminophen, hold warfarin x1 dose; anticoag clinic f/u
Thursday. Return if swelling/pain worsens.
"""),
("2018-03-02", "Dermatology Wound Clinic Note", """
DERMATOLOGY / WOUND FOLLOW-UP
76M (ESRD/HD; AF, warfarin).

Biopsy 1/31 of the R posterior calf ulcer: calciphylaxis (calcium deposits, VK-positive,
lining the subcutaneous arterioles; clot in several lumens).
Exam: R posterior calf ulcer 4.5x3.5 cm, eschar softening at the edges. R anterior shin:
resolving yellow-green ecchymosis from the 2/10 fall, skin intact, no new ulcer there.

Plan: warfarin to be stopped - discussed with anticoag clinic; cardiology chose apixaban
2.5mg bid as the replacement. STS with HD continues (started 2/2). Gentle enzymatic debridement with
collagenase, nonadherent dressing. Compression not advised.
BMI 25.8.
"""),
]}

B11 = {"patient_id": "B11", "age": 59, "sex": "F", "notes": [
("2023-09-26", "Dermatology Consult", """
DERMATOLOGY NEW CONSULT
Ref: PD clinic (Dr. Osei) - "painful thigh lesion, ?calciphylaxis".
59 F on CCPD since 2020 (diabetic nephropathy). T2DM on insulin - injects abdomen only, "never
my legs". No warfarin. Severe obesity.

HPI: tender hard spot, L inner thigh, noticed roughly 2 weeks ago, since gone purple
with a black middle; pain 9/10. No injury, no heat/cold, no injections at that spot.
Exam: L medial thigh: 5x4 cm plaque, indurated and violaceous, 1.5 cm eschar in the
centre, retiform edges. Abdomen: injection areas show mild lipohypertrophy; no purpura. PD exit
site unremarkable.

A/P: probable calciphylaxis, L medial thigh.
 - 2x6 mm punch biopsies from the periphery today, von Kossa requested.
 - Nephrology to adjust binders.
 - Discussed intralesional sodium thiosulfate if confirmed; will coordinate w/ compounding pharmacy.
Wt 104 kg, BMI 38.0.
"""),
("2023-10-10", "Compounding Pharmacist Consult", """
CLINICAL PHARMACIST - STERILE COMPOUNDING CONSULT
Request: derm (Dr. Pruitt) for intralesional sodium thiosulfate, pt w/ biopsy-proven
calciphylaxis L medial thigh (path 9/29: calcified subcutaneous arterioles + thrombi).

Product: sodium thiosulfate 250 mg/mL, drawn from commercial 25% vial into sterile 1 mL
syringes x10, 27G needles, BUD 24 h refrigerated per USP <797> category 1. Labelled
"for intralesional use".
First session given 10/9 in derm clinic: ~4 mL injected circumferentially into the margin
of the L thigh ulcer, 0.2 mL per site. Pt tolerated with topical lidocaine.
Next session 10/23; product to be compounded the morning of.

Med review: insulin glargine 30 u, lispro SSI, sevelamer 1600 TID, cinacalcet 60, midodrine.
Interactions none relevant. Counselled on local pain/burning post-injection.
R. Tjandra, PharmD, BCSCP
"""),
("2023-11-14", "Wound Clinic Progress Note", """
WOUND CLINIC - PROGRESS NOTE
59F, CCPD, T2DM on insulin. Calciphylaxis L medial thigh (bx 9/26), treated w/ intralesional
STS x3 (10/9, 10/23, 11/6) and IV STS at infusion center weekly.

Wound: L medial thigh 5.2x4.0x0.4 cm after sharp debridement today; eschar removed
~60%, red granulation at the lateral edge, slough medially. Periwound induration less.
Pain 5/10 (was 9).
Procedure: selective sharp debridement with curette, topical lidocaine, minimal bleeding.
Dressing: silver alginate + bordered foam; home health changes it q48h.

No new lesions; abdomen insulin sites clean.
BMI 37.6.
Plan: debride again in 2 wks; continue STS; nephrology f/u 11/20.
"""),
]}

B12 = {"patient_id": "B12", "age": 66, "sex": "F", "notes": [
("2021-05-04", "Pharmacist Diabetes MTM Visit", """
AMBULATORY CARE PHARMACIST - DIABETES / MTM
66F; ESRD on thrice-weekly HD; T2DM; AF on warfarin per anticoag service; morbid obesity.
A1c 8.4% (4/2021), up from 7.6.

Current DM regimen: linagliptin 5 mg daily only (metformin stopped 2019 w/ ESRD). Never on insulin.
Diet: large evening meal, sweet tea.
A/P:
 - Rising A1c: discussed next steps. If A1c is still > 8 in 3 months, plan to start basal
   insulin (glargine 8 u) - she says she would rather use her arms than her belly,
   we would teach that then.
 - Dietitian referral placed.
 - Reviewed hypoglycemia.
Other meds: warfarin 4 mg daily, sevelamer, cinacalcet, carvedilol, atorvastatin.
Wt 121 kg, Ht 165 cm, BMI 44.4.
F/u 3 months.
H. Osterberg, PharmD, BC-ADM
"""),
("2021-06-17", "Dermatology Consult", """
DERMATOLOGY CONSULT
66yo woman, HD, AF (warfarin), T2DM not on insulin, morbid obesity.
CC: painful dark patches on the belly x 4 wks.

Denies injecting anything into the belly (never insulin, never heparin), no heat or
cold used there, denies girdles/shapewear, denies scratching or other injury to the area.
Exam: lower pannus, both sides: retiform purpura R (8x5 cm) and L (6x6 cm), each centred
on black eschar with a livedo halo; very tender to touch. Intertrigo in the fold,
no sign of trauma.

Biopsy today (2 deep punches R side): results below on addendum.
Addendum 6/22: subcutaneous arterioles calcified and thrombosed, VK +; the picture fits
calciphylaxis.
Dx: calciphylaxis, pannus/lower abdomen, both sides.
Rec: cardiology to weigh stopping warfarin; STS w/ HD; wound care referral.
"""),
("2021-07-06", "Anticoagulation Pharmacist Note", """
ANTICOAGULATION SERVICE - PHARMACIST NOTE
Pt w/ bx-proven calciphylaxis of the pannus (6/2021). Cardiology (Dr. Iwu) approved stopping
warfarin. Last warfarin dose 7/3. INR 7/6: 1.9.

Plan: START apixaban 5 mg bid when INR < 2 - today. Dose check: age < 80, wt > 60 kg ->
5 mg bid per label, ESRD on HD (nephrology agrees).
Counselled: bleeding precautions, what to do with a missed dose, avoid NSAIDs.
Discussed that if she ever needed injectable anticoagulant bridging in future, we would avoid
the abdomen; not needed now.
Also reminded: no heat pads or cold packs anywhere near the belly wounds.
Insulin still not started (A1c 7.9, diet); MTM pharmacist following.
Wt 119 kg, BMI 43.7.
N. Castellanos, PharmD
"""),
]}

B13 = {"patient_id": "B13", "age": 64, "sex": "M", "notes": [
("2022-02-08", "Insulin Pen Technique Review", """
PHARMACY - INSULIN PEN TECHNIQUE REVIEW / REFILL
Pt 64M, T2DM on insulin degludec (Tresiba FlexTouch) 24 u daily + aspart 6 u TID AC.
ESRD on HD (Dayton Street unit, MWF).

Watched his technique on a trainer pen and foam pad: primes 2 u, holds 10 s. He uses the belly only,
"round the belly button, about a palm's width out", never the sides. Sites examined: small
periumbilical lipohypertrophy R of umbilicus -> advised to move 1 inch each dose within the
rotation grid, avoid the lumpy area.
Needles: reusing each needle ~1 wk (!) -> new needle every injection, extra box given.
A1c 7.9. Refill history: aspart PDC 0.92, degludec 0.96.
Wt 101.7 kg, BMI 31.9, obese.
Counselled by: A. Rosenqvist, PharmD
"""),
("2022-04-19", "Dermatology Consult", """
DERMATOLOGY CONSULT
64 y/o M on HD, T2DM on insulin (periumbilical injections).

HPI: painful lesion on L side of the trunk since late March, "like a hot coal".
Exam: L flank, lateral to the abdominal wall just above the iliac crest, mid-axillary line:
6x4 cm indurated purpuric plaque with central eschar and livedo. This is well away from
his injection area - injection sites are periumbilical (within ~10 cm of the navel) and look
normal apart from mild lipohypertrophy. He confirms he never injects into the flank. Denies
injury, heat, or pressure at the L flank (sleeps on his back).

Incisional bx from the plaque edge today.
Path (returned 4/22): calciphylaxis - calcified subcutaneous arterioles with microthrombi.
Impression: L flank calciphylaxis; it is not at his injection sites.
Plan: nephrology for STS; wound RN; RTC 2 wks.
"""),
("2022-05-10", "Nephrology Dialysis Rounding Note", """
NEPHROLOGY ROUNDS - Dayton Street Dialysis
64M ESRD (DM nephropathy) on HD via R AVF. Calciphylaxis L flank (bx 4/19), on STS 25 g
w/ each run since 4/27. Pain 6/10, hydromorphone prn.
Lesion measured by RN 5/9: 6.5x4.5 cm, eschar dry, edges stable.
Labs: Ca 9.2 / PO4 6.4 / iPTH 720 / alb 3.5 / Hgb 10.8
Meds: degludec 20 u (reduced for lows), aspart 4-6 u AC, sevelamer 2400 TID, cinacalcet 90.

A/P
- Calciphylaxis L flank: continue STS, phos goal < 5.5, sevelamer adherence reviewed.
- T2DM: glucose lows on HD days - degludec down to 20 u, pharmacist follow-up.
- Obesity, BMI 31.4.
"""),
]}

B14 = {"patient_id": "B14", "age": 72, "sex": "F", "notes": [
("2025-01-14", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT - Tamsin Creek Medical Center, 6 West
72yo woman, ESRD (HD), admitted 1/11 with leg ulcers that looked infected. Not diabetic; not on
warfarin.

HPI: since mid-December, painful purple areas behind both calves, now open.
Exam:
 - R calf, posterior: 5x4 cm ulcer, black eschar, retiform purpura border.
 - L posterior calf: 4x3 cm similar ulcer, livedo extending to the popliteal fossa.
 - L lower abdomen: two 2-3 cm soft, flat, non-tender purple-yellow bruises at her
   subcutaneous heparin injection sites (heparin 5000 u SC q8h since admission). These are
   ordinary injection-site ecchymoses and do not look like calciphylaxis.
Path (punch 1/12, L calf): calcified, thrombosed subcutaneous arterioles, von Kossa +.

Impression: calciphylaxis, bilateral posterior calves. Abdominal bruising = heparin
injection ecchymoses, not calciphylaxis.
Rec: STS with HD; wound care; pharmacy to review heparin route.
"""),
("2025-01-20", "Inpatient Clinical Pharmacist Note", """
INPATIENT PHARMACY - CLINICAL PHARMACIST PROGRESS NOTE
72F, ESRD on HD, calciphylaxis of both calves (bx 1/12).

Heparin 5000 units subQ TID for DVT prophylaxis since 1/11. Derm noted injection-site bruising on the abdomen
(1/14), not necrotic. Plt 188 -> 181, no HIT concern (4T score 1). Changed to
heparin 5000 u SC q12h (ambulating more, lower bleeding risk), sites rotated to the R abdomen.
STS after HD, three times weekly: dose 3 today, tolerated; check anion gap w/ AM labs.
Pain: hydromorphone PCA discontinued -> oral hydromorphone 1 mg q4h prn.
Binder: calcium acetate -> sevelamer 800 mg TID (Ca 10.3).
Heel-offloading boots ordered by nursing for both legs while in bed.
Weight 62 kg (BMI 24.8).
J. Varga-Hale, PharmD
"""),
("2025-03-04", "Wound Clinic Progress Note", """
OUTPATIENT WOUND CLINIC - FOLLOW UP
72F on HD; posterior calf calciphylaxis L and R, bx 1/12.

Calf ulcers: R 4.5x3.5 cm, L 3.5x2.5 cm, eschar lifting, granulation at edges, less pain.
NEW: R lateral malleolus 1.5x1 cm shallow open area with pink base, from the strap of the
heel-offloading boot she kept wearing at home since discharge (1/24). Round, well-demarcated,
no purpura, no eschar, no livedo -> a stage 2 pressure injury caused by the device; not
calciphylaxis in appearance. Abdomen: old heparin bruises resolved.

Plan: stop the boot; foam heel protector instead. Ankle: hydrocolloid. Calves: continue
collagenase + foam, STS via HD. RTC 2 wks.
BMI 24.6 today.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
