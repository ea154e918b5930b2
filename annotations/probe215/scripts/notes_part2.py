"""probe215 corpus notes, E08-E14 (OCR'd faxed outside records and the clinics around them; all invented)."""

E08 = {"patient_id": "E08", "age": 61, "sex": "M", "notes": [
("2020-02-11", "Outside Records - Urgent Care Visit (faxed, OCR)", """
QUARRY HI11 URGENT CARE     FAX 02/11/2020 08:05     P 1/1
Visit: 02/11/2020
CC: R shin injury
HPI: 61 M - R shin vs. truck door sill, yesterday evening. On warfarin
for a mechanica1 aortic va1ve; ESRD on HD MWF. Has kept ice packs on the shin
since 1ast night.
Exam: R anterior mid-shin 3cm linear abrasion with surrounding contusion, mi1d
swe11ing, no fluctuance; DP/PT pulses pa1pable.
INR (POC) 3.1
XR tib/fib: no fx.
Dx: contusion / abrasion R lower 1eg.
P1an: bacitracin + dressing, continue ice 15-20 min severa1 times dai1y x 2 d, e1evate;
keep warfarin as dosed; return for an expanding hematoma.
QUARRY HI11 URGENT CARE  --  P 1/1  --  END 0F FAX
"""),
("2020-02-25", "Hemodialysis MD Note", """
HD physician note, Tuesday 2/25/20
61M. Hypertensive nephrosclerosis -> ESRD; HD (M/W/F), fistula L upper arm.
Mech AVR (St. Jude) -> warfarin; his INR window runs 2.5 to 3.5. Nondiabetic.
S: new, very painful plaque of the R anterior shin since Presidents' Day; the pain
keeps him awake.
O: pre-run 166/92, 74 bpm; weight after 84.1kg; BMI 27.5 today.
R anterior shin: violet, indurated 4x3cm plaque with a net-patterned border and a dark
crust in the middle.
Chem: Ca 9.9, phosphate 7.1, PTH 780, albumin 3.5; INR today 3.0.
Impression: suspected calciphylaxis in a warfarin-treated patient with high phosphate.
Plan: derm this week to biopsy; raise the binder dose; ask cardiology whether the INR
target may come down a little, knowing the valve limits what we can do.
"""),
("2020-03-03", "Dermatology Consult", """
DERMATOLOGY
61M on hemodialysis and warfarin (mechanical valve).
R anterior shin: plaque 45x35mm, retiform purpura around the edge, black eschar 2cm
wide. Left leg and trunk without lesions.
Biopsy of 2/27 from the plaque margin: calcified arterioles in the subcutis, thrombi
inside the vessels, septal fat necrosis.
Diagnosis: calciphylaxis, R lower leg.
Anticoagulation: the valve means warfarin has to continue; cardiology will keep the INR
near the bottom of his range.
Plan: thiosulfate after each run; vitamin K2 per nephrology; a pentoxifylline trial;
petrolatum gauze dressings; serial photos for the chart.
"""),
]}

E09 = {"patient_id": "E09", "age": 72, "sex": "F", "notes": [
("2016-02-26", "Outside Records - SNF Discharge Summary (faxed, OCR)", """
BIRCHW00D GARDENS SNF    DISCHARGE SUMMARY    faxed 02/26/2016    pg 1 of 2
Stay: 08-JAN-2016 to 24-FEB-2016 (rehab after CHF exacerbation)
Dx: ESRD on HD, DM2 on insu1in, CHF (EF 40%), obesity (BMI 38.2), LLE venous stasis.
Skin/wound: L 1ower leg stasis dermatitis and edema - Unna boot to the L lower leg
app1ied 01/12/16, changed week1y by the wound RN unti1 discharge. R leg: not wrapped,
skin intact at d/c.
Insu1in: detemir 20 u bid, SC into the abdomen.
Disp: home with daughter; HD resumes at Stonebridge MWF.
BIRCHW00D GARDENS SNF    pg 1 of 2    ** c0nfidential **
"""),
("2016-03-15", "Wound Care Clinic Note", """
WOUND CLINIC - new referral from her dialysis unit
72F. Dialysis-dependent ESRD; insulin-requiring DM2; heart failure.
R posterior calf: ulcer 4x3cm, eschar (black) about 70%, slough (yellow) about 30%, with
livedo all around it. She dates it to about a month ago, while she was still at the SNF.
Her right leg was never wrapped and she wore nothing on it.
L lower leg: Unna boot came off 2/24; brown hemosiderin staining, skin intact, no ulcer.
Weight 101kg, BMI 38.0 - obese.
Plan: dermatology biopsy to rule out calciphylaxis; silver alginate under an ABD pad;
no compression of either leg until the diagnosis is settled.
"""),
("2016-03-22", "Dermatology Consult", """
DERM - consult for the R calf
72F on HD. The R posterior calf ulcer now 4.2x3.1cm, stellate, eschar-covered, with
retiform purpura spreading toward the popliteal fossa. L leg shows only old stasis
change - no ulcer, no purpura.
Punch 3/16 -> von Kossa-positive arteriolar calcium, luminal thrombi, necrotic fat lobules.
Dx: R calf calciphylaxis, confirmed on biopsy.
Plan: sodium thiosulfate post-dialysis TIW; switch to a binder without
calcium; keep her in the wound clinic; no wraps of any kind on the R leg.
"""),
]}

E10 = {"patient_id": "E10", "age": 67, "sex": "M", "notes": [
("2019-08-20", "PD Clinic Note", """
PD CLINIC
67M. ESRD from chronic glomerulonephritis, cycler PD at night. AF anticoagulated with
warfarin. Obese (BMI 31.5). No DM.
S: x about 2 weeks: purplish tender blotch, R lateral thigh, slowly
spreading. He denies any injury, heat, ice or injections there.
O: 142/80. R lateral thigh: firm dusky plaque, 3x3cm, lacy violet rim, not warm, nothing
fluctuant.
Chem: Ca 9.7, PO4 6.6, PTH 455; INR 2.7.
Assessment: ?calciphylaxis - warfarin, PD and obesity all count against him.
Plan: derm walk-in biopsy this week; a dry dressing to protect it; warfarin to be
reviewed with his cardiologist.
"""),
("2019-08-29", "Outside Records - ED Note (faxed, OCR)", """
ASHC0MBE REGI0NAL ED    08/29/2019 02:10    faxed t0 PD c1inic    p 1 of 2
HPI: 67M on PD and warfarin. Caught his foot on a 1oose rug 08/28/2019 evening and struck his
R 1ateral thigh on the edge of a coffee tab1e. Notes that a painfu1 "sore" was a1ready
on that thigh for weeks, under a dressing, before the fa11.
Exam: 8x6cm ecchymosis / hematoma R lateral thigh around a dressed 3cm dark p1aque;
compartments soft. No head strike.
INR 3.4   Hgb 11.0
XR R femur: no fracture.
Dx: (1) R thigh contusion / hematoma (2) INR above range.
Plan: ho1d warfarin x 1 dose, recheck INR in 3 d, fall precautions.
ASHC0MBE REGI0NAL ED    ** CONFIDENTIAL **    p 1 of 2
"""),
("2019-09-03", "Dermatology Note", """
DERMATOLOGY - follow-up
67M on PD and warfarin.
R lateral thigh: eschar 4x3cm framed by retiform purpura. The walk-in punch of 8/22
showed calcified vessels and thrombi - calciphylaxis confirmed.
Surrounding it there is a yellow-green fading bruise from the fall on 8/28; that fall
came well after this lesion had started in early August, and the ED notes say the sore
was already dressed at the time.
Plan: thiosulfate through nephrology; warfarin to be replaced with apixaban (cardiology
agrees); wound clinic for the eschar.
"""),
("2019-09-24", "Wound Care Clinic Note", """
WOUND CLINIC
Diagnosis: calciphylaxis, R lateral thigh.
Wound: 4.4x3.2cm; eschar (about 60%) lifting at the edges, the other 40% yellow slough;
exudate scant.
Procedure: after 10 minutes of topical lidocaine, loose slough at the margins was
removed selectively with a ring curette; he tolerated it well; no bleeding. Eschar
still adherent centrally was left in place.
Dressing: hydrofiber under foam, his wife changes it every second day.
Anticoagulation: warfarin stopped 9/6, apixaban since.
Weight 101.2kg, BMI 31.2.
Return in two weeks; sooner if redness spreads or he develops fever.
"""),
]}

E11 = {"patient_id": "E11", "age": 59, "sex": "F", "notes": [
("2024-02-12", "Outside Records - Hospital Discharge Summary (faxed, OCR)", """
ST. AUDRY REGI0NAL MEDICAL CENTER    DISCHARGE SUMMARY    fax 02/12/2024    pg 1/3
Admit 01/29/2024    D/C 02/06/2024
Principa1 dx: calciphy1axis, L lower pannus
Summary: 59F, ESRD/HD, DM2 on insu1in, obesity (BMI 47.0), admitted with 4 wk of a
painfu1 b1ack p1aque on the L 1ower pannus, first noticed around New Year's.
Course: punch bx 01/30 - ca1ciphy1axis (ca1cified subcut arterioles, von Kossa +).
Surgica1 excisiona1 debridement 02/02 (gen surg); NPWT p1aced 02/03 at 125 mmHg.
Sodium thiosu1fate 25 g after each HD from 01/31. Insu1in glargine continued - pt se1f-injects into both
upper arms; states she never uses her abdomen.
D/C: home, HD as before, wound clinic for NPWT changes MWF.
ST. AUDRY REGI0NAL MEDICAL CENTER    pg 1/3    CONFIDENTIAL
"""),
("2024-02-21", "Wound Care Clinic Note", """
WOUND CARE - negative pressure dressing change
59F, calciphylaxis of the L lower pannus, debrided at St. Audry on 2/2.
Wound: 9x6x1.5cm; beefy red granulation over about 70%, slough on the inferior 30%;
moderate serosanguinous fluid in the canister.
Periwound: a strip of mild skin stripping along the superior margin where the drape
tape pulls; barrier film put on.
NPWT restarted at 125 mmHg, continuous, black foam; changes Mon/Wed/Fri.
Pain rated 6/10 while the foam was exchanged. Morning glucose 212.
Reminded her to keep injecting insulin into her arms only.
"""),
("2024-03-12", "Nephrology Clinic Note", """
NEPHROLOGY
59F. ESRD, HD. Calciphylaxis, L lower pannus (biopsy 1/30/24). DM2 - insulin
glargine plus lispro, both injected into the arms. Obesity. No warfarin, ever.
Meds: thiosulfate with each of three weekly runs; cinacalcet at 60 mg; sevelamer with
every meal.
Labs (3/8): Ca 8.9; P 5.1; PTH 388; albumin 3.4.
Weight 130.8kg, BMI 46.6.
Wound clinic reports steady improvement; no new lesions found anywhere on her skin.
Plan: thiosulfate to run another three months or longer; PTH again in 4 weeks.
"""),
]}

E12 = {"patient_id": "E12", "age": 75, "sex": "M", "notes": [
("2018-10-02", "Outside Records - Vascular Surgery Referral (faxed, OCR)", """
GREYF0RD VASCULAR ASSOCIATES    ref. 1etter    10/02/2018    pg 1/1
Re: 75M with painfu1 u1cers on both calves x 1 mo.
PMH: ESRD (HD), AF - warfarin, prediabetes (no meds), CAD.
ABI 0.91 R / 0.88 L; TBI 0.55.
Imp: ?arteria1 ulcers vs other.
P1an: may need an angiogram via R femora1 access if duplex shows inflow disease;
warfarin wou1d have to be held first. Suggest dermatology review for a biopsy.
Dear Dr. Achterberg, thank you for the referra1; I wi11 see him again after the duplex.
GREYF0RD VASCULAR ASSOCIATES    ** CONFIDENTIAL **    pg 1/1
"""),
("2018-10-09", "Dermatology Consult", """
DERMATOLOGY CONSULT
75M, hemodialysis, warfarin for atrial fibrillation. Sent by vascular surgery.
HPI: ulcers of both calves for roughly a month. No falls, knocks or injections by his
account; no heat or ice applied to the legs; compression hose never worn.
Exam: posterior calves on both sides show retiform purpura with several dry eschars, the
largest 3x2cm on the left. Feet warm, capillary refill brisk.
Procedure: consented; 6mm punch at the margin of a L calf eschar.
Impression: suspect calciphylaxis; pathology pending.
Plan: hold warfarin until we have talked with cardiology; nonadherent dressings.
"""),
("2018-10-23", "Nephrology Clinic Note", """
NEPHROLOGY
75M. ESRD, dialysis three times a week; atrial fibrillation.
Biopsy of 10/9: subcutaneous small-vessel calcification plus thrombi = calciphylaxis,
both calves.
Warfarin on hold since 10/10. Should anticoagulation need to restart, the plan would be
SC enoxaparin into the abdomen (not started).
Prediabetic only (A1c 6.0%) - so not diabetic; no glucose-lowering drug.
Counselled: legs to be spared heating pads, ice, and snug socks.
Vascular cancelled the angiogram (duplex was fine).
Weight 78.0kg, BMI 26.0. Thiosulfate begins on Friday, after his run.
Wife present; questions answered; she will keep a pain diary.
"""),
]}

E13 = {"patient_id": "E13", "age": 57, "sex": "M", "notes": [
("2023-06-01", "Outside Records - Orthopaedic Procedure Note (faxed, OCR)", """
0AKFEN 0RTH0PAEDICS    PR0CEDURE N0TE    fax 06/01/2023    p 1/1
Date: 05/16/2023
Procedure: R knee intra-articu1ar corticosteroid injection, superolateral approach.
Indication: R knee 0A flare, effusion sma11.
Pt: 57M, fai1ed renal transp1ant, back on HD since 2021. Not diabetic.
Consent: risks incl. infection, f1are, skin atrophy discussed; signed.
Prep: chlorhexidine x 2. Injectate: triamcino1one 40 mg + 1% lidocaine 4 mL; 21G needle.
Tol well, no comp1ications, bandage applied over the entry point.
F/u PRN; ice 15 min if sore tonight.
0AKFEN 0RTH0PAEDICS    p 1/1    c0nfidentia1
"""),
("2023-07-11", "Hemodialysis MD Note", """
HD physician visit
57M. ESRD after his transplant failed in 2021; HD T/Th/S, R forearm AVF.
Not diabetic. Warfarin never prescribed.
S: new painful ulcer, R shin, some 7-8cm beneath the kneecap; present since late June.
O: 136/78; post weight 70.2kg; BMI 22.8.
R proximal anterior shin: ulcer 2.5x2cm, black base, purple mottled skin around it. The
knee joint itself is not swollen.
Chem: Ca 10.4, phos 6.3, PTH 960.
Impression: ?calciphylaxis; pyoderma gangrenosum less likely.
Plan: derm referral; calcitriol stopped; check calcium bath.
"""),
("2023-07-18", "Dermatology Consult", """
DERMATOLOGY
57M on hemodialysis.
R proximal anterior shin, about 7cm below the tibial tubercle: necrotic ulcer 3x2cm
framed by retiform purpura. The R knee, including the superolateral spot used for the May
steroid injection, is normal - no induration, no purpura there.
Biopsy 7/13: calcified subcutaneous arterioles and thrombi. Dx: calciphylaxis, R lower
leg.
Comment: the lesion sits on the shin, separate from the knee injection site, which
I examined specifically.
Plan: thiosulfate with dialysis, cinacalcet, local wound care; review in 3 weeks;
photographs in the chart.
"""),
]}

E14 = {"patient_id": "E14", "age": 64, "sex": "F", "notes": [
("2025-01-07", "Outside Records - SNF Transfer Summary (faxed, OCR)", """
WILL0WMERE CARE CENTER   TRANSFER SUMMARY   01/07/2025 15:40   P.1/4
Res: 64F, ESRD on HD, DM2 on insu1in, morbid obesity, AF - warfarin offered in the past,
dec1ined by pt, never taken.
Skin: 1) Sacra1 pressure injury, stage 2, first noted 12/20/24 after prolonged bed rest.
2) Skin tear L hand from a fa11 out of bed 12/28/24, steri-strips.
3) Painful firm purp1e areas on both breasts since about Christmas.
Insu1in lispro SC per sca1e into the abdomen; glargine 40 u qhs, abdomen.
Reason for transfer: breast 1esions, pain - nephro/derm eva1.
WILL0WMERE CARE CENTER   P.1/4   PHI - do not forward
"""),
("2025-01-10", "Dermatology Consult", """
DERMATOLOGY - inpatient consult
64F; dialysis for ESRD; DM2 using insulin; came over from Willowmere.
Both breasts: several indurated plaques with retiform purpura, two with black eschar,
mainly on the lower poles. R breast punch 1/8 showed arteriolar calcification in the
subcutis and thrombi - calciphylaxis.
Sacrum: shallow pink partial-thickness pressure injury of 2x1.5cm - an ordinary pressure
wound, not calciphylaxis.
L hand: skin tear, healing, not calciphylaxis.
Abdomen where the insulin goes in: no purpura, no nodules.
Plan: sodium thiosulfate, wound care, a soft bra without underwire, pain team input.
"""),
("2025-01-28", "Wound Care Clinic Note", """
WOUND CARE
Problems: calciphylaxis of both breasts; stage 2 sacral pressure injury.
Breasts: R lower pole eschar 4x3cm; L eschar 3x2cm with purpura around it; both dry,
no sign of infection. Hydrogel at the edges, nonadherent pads over them.
Sacrum: nearly closed, pink; turning every 2 hours, foam dressing.
Morbid obesity; 122kg on the bed scale (no height measured, so no BMI).
DM2 - insulin as per the SNF orders; glucose running 150s to 200s.
Back in 2 weeks, or sooner if the breasts drain or smell.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
