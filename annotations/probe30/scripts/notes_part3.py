"""probe30 corpus notes, E15-E20 (endocrinology, diabetes clinic and home-health nursing; all invented)."""

E15 = {"patient_id": "E15", "age": 34, "sex": "M", "notes": [
("2025-01-14", "Endocrinology Visit", """
T1D clinic
34M T1D since age 9, MDI (glargine 16 u + aspart w/ carb ratio 1:12), CGM worn on the L posterior arm, always (he's R handed, finds L easy). In-center hemodialysis from 2023 for diabetic kidney disease (ESRD), R arm AVF.
CGM 14-d: TIR 55%, TBR 4% (overnight lows). GMI 7.6.
Site check: abdomen inj sites w/ mild lipo L lower quadrant; sensor site L arm: faint adhesive erythema only.
BMI 22.8.
Plan: basal 16 -> 14 u; rotate CGM between arms; barrier wipe under adhesive.
"""),
("2025-02-18", "Patient Portal Message", """
Subject: sore under my sensor
hi, the spot on my left arm where the last 3 sensors went is super sore and has a dark purplish middle now, it started about a week ago when I pulled the sensor off. Should I be worried? I still put the new one on the same arm because the other arm has my fistula. dialysis nurse said to message you
-- Caleb
[RN reply 2/18: please move the sensor off that spot; come in to be seen.]
"""),
("2025-02-25", "Diabetes Clinic Nurse Visit", """
RN/NP visit - sensor site lesion
L posterior upper arm, at the repeatedly used CGM site: 1.8x1.5 cm indurated tender nodule w/ dusky violaceous center, small surrounding livedo? vs just bruising. No pus, afebrile.
NP impression: could be early calciphylaxis given HD and a high Ca-Phos product at his unit, vs sensor-site infection vs pressure/adhesive injury. Cannot tell clinically.
Plan: punch biopsy ordered w/ derm 3/4; doxycycline empirically x 7 d; sensor to abdomen.
"""),
("2025-04-08", "Endocrinology Visit", """
T1D f/u
Pt no-showed derm bx 3/4 and rescheduled one (3/25) - missed again (HD schedule conflict). L arm lesion smaller, 1 cm, still dusky, less tender.
Calciphylaxis has not been confirmed or excluded; remains on the differential. Will try again to arrange bx on non-HD day.
CGM now abdomen. TIR 61%. Basal 14 u. BMI 22.8.
"""),
]}

E16 = {"patient_id": "E16", "age": 59, "sex": "F", "notes": [
("2018-03-06", "Endocrinology Visit", """
ENDOCRINOLOGY RETURN
59F T2DM on NPH/regular 70/30 30 u BID, pt injects into both thighs (front), hasn't rotated in years. PD (CAPD 4 exchanges) for ESRD.
c/o tenderness in both thighs at the injection areas for ~1 mo.
Exam: bilat anterior thighs - firm, tender plaques 4-6 cm at inj zones, one on L w/ faint dusky mottling at center; no ulcer. Lipohypertrophy component also present.
Imp: lipohypertrophy w/ inflammation vs early calciphylaxis at injection sites - concerning given PD + Ca-based binder. Cannot exclude.
Plan: derm punch bx L thigh; move injections to abdomen, reviewed rotation. BMI 34.0.
"""),
("2018-03-27", "Home Health Skilled Nursing Visit", """
HH SN - PD/DM
Bx 3/20 L thigh: per pt, "inconclusive". Bx site clean, steri-strips intact.
Thighs: plaques unchanged, no open areas. Pt injecting abdomen now (observed: good technique, upper quadrants).
Med rec: 70/30 30 u BID, calcium acetate, vit D, sertraline, no anticoag.
FSBG 120s-240s.
"""),
("2018-05-01", "Endocrinology Follow-up", """
ENDO f/u
Path 3/20/18: lobular panniculitis + patchy fat necrosis; vessels in the specimen free of calcium. Dermpath: specimen shallow, calciphylaxis not excluded, deeper incisional bx suggested. Pt declined a second bx.
Thighs now softer, dusky area faded since injections moved off the thighs.
Dx remains uncertain: possible calciphylaxis vs injection-related panniculitis/lipohypertrophy; not confirmed.
PD team switched binder to sevelamer. BMI 34.
"""),
]}

E17 = {"patient_id": "E17", "age": 80, "sex": "M", "notes": [
("2022-11-08", "Home Health Skilled Nursing Visit", """
SN visit - wound R shin
80 yo M, CKD stage 4 - eGFR 21 - no dialysis and none planned per pt, T2DM on sitagliptin 25 mg (insulin was discussed by PCP but never started), AF on warfarin, obese.
Hx: bumped R shin on the wheelchair footrest 10/30 while transferring - small skin tear, wife put a bandaid on.
Now: R anterior shin 3.5 x 2 cm ulcer at the same place, black necrotic base, purple mottled edges, very painful, out of proportion.
Pulses: DP faint R, cool foot.
?calciphylaxis vs arterial ulcer vs traumatic wound w/ necrosis. Notified PCP + endo (following for DM).
Dsg: xeroform, dry gauze, daily.
"""),
("2022-11-22", "Endocrinology Telephone Encounter", """
Tel enc w/ pt's wife
R shin ulcer: derm appt 12/6 and vascular studies pending. Differential: calciphylaxis (warfarin, CKD) vs PAD ulcer; no dx yet.
Wife states family met w/ hospice today - pt electing hospice, no further biopsies or vascular w/u. Derm appt cancelled.
DM: stop sitagliptin, liberal BG goals. Warfarin decisions deferred to hospice MD.
"""),
]}

E18 = {"patient_id": "E18", "age": 63, "sex": "F", "notes": [
("2023-09-12", "Diabetes Clinic Visit", """
DIABETES CLINIC
63F T2DM (insulin since 2005, U-100 glargine 70 u + lispro), ESRD on HD. BG wildly erratic despite high doses.
Injection sites: L & R periumbilical abdomen - firm, rubbery, nontender masses 5-7 cm; the L one has a 1 cm superficial ulcer w/ dark crust on top. No retiform purpura.
Imp: hard injection-site masses w/ ulceration; ddx lipohypertrophy vs localized insulin-derived amyloidosis; calciphylaxis in the differential given ESRD (ulcer). Biopsy L mass.
Plan: inject into fresh skin (thighs/upper arms), reduce glargine 20% since absorption will jump. BMI 30.9.
"""),
("2023-09-26", "Home Health Skilled Nursing Visit", """
SN visit
L abd mass ulcer: 0.8 cm, clean, dry crust; no surrounding erythema. Bx site sutured, healing.
Observed insulin inj: pt now using L & R lateral thighs, rotates. FSBG lower: 90-180.
Awaiting path. Med rec done, no changes besides glargine 56 u.
"""),
("2023-10-10", "Endocrinology Follow-up", """
ENDO f/u
Path (9/14/2023) L abdominal mass: amorphous eosinophilic deposits, Congo red + w/ apple-green birefringence, insulin immunostain + -> insulin-derived (AIB) amyloidosis. No vascular calcification, no thrombosis. Calciphylaxis ruled out.
The ulcer was a surface breakdown over the amyloid nodule and has healed.
Glargine now 52 u. BMI 30.9.
"""),
]}

E19 = {"patient_id": "E19", "age": 28, "sex": "M", "notes": [
("2018-06-19", "Endocrinology New Patient", """
New pt - T1D transfer of care
28M T1D since age 14, tubed pump + CGM. A1c 7.1.
FHx: older brother (T1D) on HD died in 2017; he had calciphylaxis on his thighs. Pt is anxious about the same happening to him.
Renal: Cr 0.8, eGFR >90, UACR 12 - no kidney disease. No warfarin.
Sites: sets in abdomen, rotates well; tiny lipohypertrophy L upper quadrant.
Reassured: his kidney function is normal; discussed that the risk tied to his brother's illness came mainly from kidney failure.
"""),
("2018-12-04", "Endocrinology Follow-up", """
T1D f/u
Pump download: TIR 72%, TBR 3%. A1c 6.9.
Skin check at his request: abdomen and thighs normal, no lesions. Lipo L upper quadrant resolved.
UACR 10. Cr 0.8.
F/u 6 mo.
"""),
]}

E20 = {"patient_id": "E20", "age": 74, "sex": "F", "notes": [
("2025-05-06", "Endocrinology Visit", """
ENDO - DM + CKD 5 prep
74F T2DM on glargine 22 u + lispro SS, CKD 5 (eGFR 9), AVF created 3/2025, HD start expected in the next month. AF on warfarin.
Renal discussing replacement of warfarin with apixaban given her calciphylaxis risk once on HD. Risk explained to pt: avoid trauma to skin, no heating pads, rotate insulin sites; call if any painful purple patches appear.
Skin: intact. Abdomen inj sites soft.
BMI 32.2, obese.
"""),
("2025-06-17", "Home Health Start of Care", """
SOC - new HD pt, DM, anticoag teaching
First HD 06/02/2025 via L forearm AVF, MWF at Cedar Hollow Dialysis.
Med rec: glargine 20 u, lispro SS, apixaban 2.5 BID (warfarin stopped 6/10 - verify no warfarin at home: old bottle removed), sevelamer 800 TID.
Skin check head to toe: intact, no lesions, no discoloration. Teaching re: calciphylaxis warning signs given (handout).
"""),
("2025-08-05", "Endocrinology Follow-up", """
ENDO f/u
On HD 3x/wk since June. No calciphylaxis; skin intact on exam today.
Glargine 18 u. A1c 7.2. BMI 31.6.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
