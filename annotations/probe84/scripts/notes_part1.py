"""probe84 corpus notes, D01-D07 (endocrinology and diabetes clinic; all invented)."""

D01 = {"patient_id": "D01", "age": 62, "sex": "F", "notes": [
("2020-02-20", "Endocrinology Follow-up", """
ENDOCRINOLOGY - RETURN VISIT
Pt: Mrs Petrakis, 62F. T2DM (dx 2008), ESRD -> in-centre HD (Tues/Thurs/Sat; L upper arm fistula), secondary HPT. Quarterly DM review.
Regimen: glargine 30u every AM, lispro 6-8u with meals, both by pen. Self-injects. She tells me the glargine has gone into one and the same spot, left lower abdomen just under the navel, every single morning since she was switched over to pens in September 2019 ("nowhere else stings less").
HbA1c 7.9 % (was 8.4). Glucometer log: nothing under 70.
New c/o: exquisitely tender hard area at that L lower abd spot, began 02/11/2020. On exam a dusky violaceous plaque roughly 3cm across, darkened middle, netlike purple border. No drainage, afebrile.
Dialysis unit bloods 2/14 -- iPTH 844, with calcium 10.1, PO4 6.8, albumin 3.4.
Weighed 91kg today; BMI=33.6.
Assessment & plan
#1 Painful necrotic-looking plaque right on her glargine site; worried re calciphylaxis (CUA). Urgent derm for punch bx. Told her to leave that area alone completely.
#2 T2DM - doses unchanged; educator visit for a new rotation plan.
#3 SHPT - msg to nephrology re cinacalcet + binder adherence.
"""),
("2020-03-02", "Diabetes Education (CDCES) Visit", """
DSMES - injection technique review
Pen technique observed: primes 2u, 4mm needle, counts to ten before withdrawing. Confesses she reuses each pen needle "for about a week" -- counselled, fresh box handed over.
Site inspection: L infraumbilical area under gauze (derm punch bx done 2/27), not palpated. Right half of the abdomen soft. No lipohypertrophy elsewhere.
Gave a new rotation chart: glargine to R anterolateral thigh from now on, lispro into the posterior upper arms. Teach-back satisfactory.
Total time 40 min, >50% education.
"""),
("2020-03-16", "Endocrinology Telephone Note", """
Phoned pt with pathology from the 2/27 punch bx of her L lower abdominal plaque: tiny subcutaneous arterioles, calcium deposited mural, circumferential, thrombi inside them, fat necrosis all around -> calciphylaxis. Dermpath comment: location corresponds to her long-standing insulin site.
Nephrology aware; thiosulfate to be given on the dialysis machine 3x/wk from next wk. Gabapentin 100mg post-dialysis has taken the edge off the pain.
Dialysis-unit scale 92.3kg (BMI 34.1).
She asked whether the insulin had "done this" -- explained that jabbing one patch over and over can set it off in someone already primed for it. Never been on warfarin; nothing to change there.
"""),
]}

D02 = {"patient_id": "D02", "age": 71, "sex": "M", "notes": [
("2024-01-22", "Endocrinology Clinic Note", """
Endo clinic -- DM2 / painful neuropathy
71 yo man, ESRD from diabetic nephropathy, doing home PD on a cycler overnight. AF, takes warfarin (INR via anticoag clinic, most recent 2.6).
Insulin: degludec 18 units daily, no mealtime. CGM (14-day sensor, L upper arm): TIR 61%, GMI 7.4%, 1% below range.
Burning DPN in both feet and creeping up the shins, worst after dark. Since Thanksgiving he's been draping an electric heating pad over both shins in bed nightly b/c "gabapentin alone wasn't touching it".
From about the first wk of January: a dark, very painful patch on the L anterior shin. O/E 4 x 5cm stellate purpura, central black eschar, livedoid mottling around it; R shin only faint reticulated redness. Monofilament absent bilat to midfoot. DP 1+ bilat.
BMI 28.2.
Imp: necrotic shin lesion under the heating pad. DDx thermal burn vs calciphylaxis.
Plan: no more heating pad -- wife taking it home. Walk-over to derm today. Will call his PD RN.
"""),
("2024-02-05", "Telephone Encounter", """
Spoke with PD nurse Ms. Oyelaran re Mr V.
Derm punch (1/24, L shin): small dermal + subcutaneous vessels, their media calcified, thrombi, lobular fat necrosis. Final read: calciphylaxis.
Renal arranging IV sodium thiosulfate thrice weekly over at the in-centre unit. Cardiology asked to move him from warfarin to apixaban.
Pt and wife informed, questions answered. Keep degludec as is.
"""),
("2024-04-15", "Endocrinology Follow-up", """
Interval: warfarin stopped 2/9, now on apixaban. L shin wound granulating per wound clinic, 3.1 x 2.6cm, eschar gone. Pain 3/10.
CGM: TIR 66%, no lows. degludec 16u.
Weight 86kg -> BMI 27.9.
Cont current regimen; rtc 3 mo.
"""),
]}

D03 = {"patient_id": "D03", "age": 45, "sex": "F", "notes": [
("2022-06-30", "Insulin Pump Clinic", """
PUMP CLINIC
45F, T1DM since age nine. Tubed pump + CGM (sensor swapped between backs of arms). Kidney tx 2010 failed; back on HD M-W-F since 2019 via a L forearm fistula.
Pump download: basal 0.55-0.7 u/h, ICR 1:12, ISF 45, target 110. Boluses 3-4/day. A1c 7.2%.
Pt wears the pump in a hard belt clip on her right-hand side at the waistband, every day, ever since she got the device in spring 2018. Infusion sets go in the L abdomen.
Three weeks ago she felt an ache under the clip; now there's a firm purple plaque ~2.5cm on the R flank w/ a small black middle, exquisitely tender, sitting precisely under the outline of the clip. L abdominal set sites look fine.
BMI 22.4.
A: tender necrotic plaque R flank at a point of chronic device pressure, HD pt -> concern for calciphylaxis.
P: move the pump to a bra pouch/pocket starting today. Urgent derm. Ca/Phos/PTH w/ next run.
"""),
("2022-07-14", "Dermatology Consult - copy to Endocrine", """
Reason for consult: painful R flank plaque.
Hx per endo note. Exam: indurated violaceous plaque (3 cm long, 2.5 wide) on the R flank, central eschar 8mm, rim of retiform purpura. Same shape as the pump clip she brought in to show me.
Punch 7/1 taken at the plaque margin: vascular calcification of subcutaneous arterioles, microthrombi, fat necrosis; von Kossa stain +.
Dx: calciphylaxis, R flank, arising under chronic pressure from the insulin pump clip.
Rec: no pressure on that flank, dressings, STS via nephrology, pain team.
"""),
("2022-09-20", "Endocrinology Follow-up", """
F/u T1DM. Pump now carried in a soft pouch under her top; flank wound shrinking, 1.2cm, clean base.
TIR 71%. Slight reduction in overnight basal for lows at 3 am.
Wt stable, BMI 22.4. No anticoagulants.
"""),
]}

D04 = {"patient_id": "D04", "age": 58, "sex": "F", "notes": [
("2021-04-06", "Endocrine Surgery Post-op Visit", """
POST-OP CHECK
58F, ESRD, haemodialysis via R arm fistula; tertiary hyperparathyroidism after years of refractory SHPT; not diabetic (A1c 5.3).
s/p total parathyroidectomy with autotransplantation of parathyroid tissue into the L forearm (brachioradialis) on 03/09/2021.
Neck incision healed nicely. L forearm incision: healed, no erythema, mild tenderness only.
Serum Ca 8.1 on calcitriol 0.5mcg twice daily and Tums 1g with each meal; PTH 38.
Meds reviewed -- no anticoagulation now; warfarin in 2015-2016 after a DVT (provoked, post-op knee).
160cm / 76.8kg, BMI exactly 30.0.
Plan: taper calcium carbonate, recheck Ca in 2 wk via unit.
"""),
("2021-07-01", "Endocrinology Follow-up", """
Return visit, post-parathyroidectomy
Graft working: Ca 8.9, phosphate 5.2, PTH 61.
CC: since mid-June a painful purplish hardening tracking along the L forearm scar. Now a 4cm indurated band on the scar line; a black eschar (1.5cm) at its midpoint, lacy violaceous skin either side. She can't bear her sleeve touching it.
ddx: wound breakdown / infection vs calciphylaxis. No fever, WBC nl.
Plan: derm bx this week, wound RN. No compression on that arm.
"""),
("2021-07-22", "Dermatology Note", """
Punch bx 7/8, taken at the edge of the lesion in the L forearm scar: small-vessel calcification, intimal hyperplasia, thrombosis, necrotic subcutaneous fat. Findings are diagnostic of calciphylaxis.
Lesion sits inside the parathyroid autograft incision; I suspect the surgical wound localized it.
Discussed with nephrology; STS started 7/19.
"""),
]}

D05 = {"patient_id": "D05", "age": 66, "sex": "M", "notes": [
("2019-10-08", "Endocrinology Follow-up", """
DM f/u
66M, T2DM, currently linagliptin plus a small dose of glipizide. CKD stage 5 (eGFR 9), L arm fistula maturing; nephrology planning to start HD within the month.
A1c 7.0%. Occasional 60s before supper -- glipizide probably the culprit given his kidneys.
Discussed switching to basal insulin once dialysis starts.
Never on any blood thinners.
BMI 35.2, obesity class II.
Plan: stop glipizide, home BG log, rtc after HD start.
"""),
("2019-12-03", "Endocrinology Follow-up", """
Interval hx: HD started 11/04 (T-Th-Sat). Glargine 10u qHS started during that admission, now self-injecting into the abdomen, no problems.
Around Halloween he caught his right shin on the tow hitch when hooking up the fishing boat -- a graze that scabbed over.
Three weeks ago the sore came up exactly on that graze: now a 3cm black eschar with a violaceous netted border, R anterior shin, pain 9/10. L leg clear.
BMI 34.9.
A/P: painful necrotic lesion where the hitch injured the R shin, brand-new HD pt -- ? calciphylaxis. Derm same week, Ca x P and PTH from unit.
"""),
("2019-12-20", "Dermatology - Biopsy Results", """
Path (R shin, 12/6): subcutaneous vessels calcified and thrombosed, necrosis around them - calciphylaxis.
Explained to pt. Lesion began at the spot where he injured the shin on the trailer in late October.
Wound care referral, nephrology starting STS.
"""),
]}

D06 = {"patient_id": "D06", "age": 54, "sex": "F", "notes": [
("2023-01-10", "Endocrinology Urgent Visit", """
Same-day slot, endocrine
54F, T2DM, severe obesity, ESRD on CAPD (catheter exits L abdomen, site clean).
Meds: weekly semaglutide 1mg sc on Sundays -- she always puts it in the right lower abdomen, has done since May 2022; glargine 40u into the thighs; sevelamer; calcitriol.
Since New Year's Eve: painful firm lump R lower abdomen at the semaglutide spot. Exam: mottled violet plaque 5x4cm, necrotic centre, woody tender rim. Thighs: mild lipohypertrophy, no plaques.
112kg, BMI 41.5.
Imp: probable calciphylaxis at GLP-1 injection site vs injection-site panniculitis.
Plan: hold semaglutide, derm bx, PD team informed.
"""),
("2023-01-25", "Dermatology Consult", """
Biopsy R lower abdomen 1/12: calcium deposits in arteriolar walls, thrombi, panniculitis w/ necrosis. Calciphylaxis confirmed.
Plaque centred on the exact area where her weekly semaglutide pen has gone for about 8 months.
Rec: avoid injections in that area, wound care, sodium thiosulfate per renal.
"""),
("2023-03-08", "Endocrinology Follow-up", """
F/u. Semaglutide stays off. Glargine 36u, into the thighs, rotating.
Abdominal wound: 3cm, clean, slough reduced.
108.3kg, BMI 39.8. No anticoagulants.
"""),
]}

D07 = {"patient_id": "D07", "age": 77, "sex": "M", "notes": [
("2025-03-04", "Endocrinology Follow-up", """
ENDO RETURN
77M, T2DM on NPH 20u AM / 12u PM. ESRD on HD (MWF). Mechanical aortic valve -> warfarin (his INR goal is 2.5-3.5).
OA of both knees: since Christmas the ice packs come out of the freezer nightly, one on each knee, while he watches the ballgame.
Since February: painful dark patches on the fronts of both knees. Exam: retiform purpura on L and R anterior knees, eschar 2cm on the L, 1cm on the R.
A1c 7.6%. BMI 27.1.
Imp: lesions under the ice packs, in a warfarin-treated HD pt -- concern for calciphylaxis.
Plan: no more ice on the knees. Joint visit w/ nephrology in 2 wks.
"""),
("2025-03-18", "Nephrology-Endocrinology Joint Note", """
Joint clinic.
Both knees: lesions unchanged, very tender.
Clinical diagnosis of calciphylaxis (bilateral knees). Biopsy deferred: mechanical valve, warfarin, poor healing over the patella.
Start sodium thiosulfate with HD; DOAC not an option with a mechanical valve, so warfarin continues.
Insulin: NPH doses unchanged.
"""),
("2025-05-27", "Endocrinology Follow-up", """
Knee eschars lifting at the edges, granulation beneath. Pain down to 4/10 on low-dose hydromorphone.
Fasting sugars 110-150 on the log he brings in a spiral notebook. NPH unchanged.
Wife reports the ice packs went in the bin. BMI 26.8.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
