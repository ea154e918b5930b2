"""probe91 corpus notes, K08-K14 (plastic surgery and breast clinic; all invented)."""

K08 = {"patient_id": "K08", "age": 66, "sex": "M", "notes": [
("2023-05-30", "Plastic Surgery Consult (Inpatient)", """
PLASTICS CONSULT
Requested by: nephrology. Q: debridement / coverage of R hip wound.
HPI: 66 yo man; kidneys failed from diabetic nephropathy, dialysis Tu-Th-Sa. DM2 on glipizide + linagliptin, not on insulin. Took warfarin after a DVT until 2020, now off.
Sciatica flare in spring - he's been sticking disposable heat wraps on his right outer hip every day since Easter Sunday, sometimes sleeping in them.
Lesion noticed 4 weeks ago as a hard sore lump under the wrap; today a black eschar, 6 by 5 cm, over the R greater trochanter w/ violaceous indurated halo.
Overweight, BMI 29.6.
A/P: necrotic hip wound at heat-wrap site, suspect calciphylaxis over simple burn (burn would not give this induration/purpura). Incisional bx today at bedside. No heat.
"""),
("2023-06-02", "Plastic Surgery Progress Note", """
Path: calciphylaxis - confirmed. Calcified arterioles in subcutis with microthrombi, extensive fat necrosis; no vasculitis.
Discussed w/ nephro: STS started. Wound not infected (no crepitus, CT without gas).
Plan: hold on sharp debridement; reassess after 2-3 wks STS. Pt informed the heat wraps on that hip probably set this off.
"""),
("2023-07-18", "Plastic Surgery Clinic Note", """
Outpt f/u R lateral hip calciphylaxis.
Eschar softening at edges. Limited sharp debridement at bedside of loose necrotic tissue at margin (no anesthesia needed). Base pale but no pus.
Wt 90.1 kg, BMI 29.4. Still no insulin.
RTC 3 wks, consider NPWT once clean.
"""),
]}

K09 = {"patient_id": "K09", "age": 60, "sex": "F", "notes": [
("2022-08-09", "Plastic Surgery Consult", """
Consult: L thigh necrotic wound, wound team asking re: operative debridement.
60F, ESRD, dialysing through a R arm AVG, DM2 x 20y on insulin (Humulin 70/30 bid - she injects ONLY the right thigh, "that leg is easier for me"), morbid obesity with BMI 38.5, never on warfarin.
Wound began late June: painful red-purple lump, front of LEFT thigh, later went black.
Exam: L anterior thigh eschar 8 x 6 cm, livedo reticularis in a 4 cm rim. R thigh: lumpy lipohypertrophy where she injects, skin intact, no purpura, no nodules.
Bx (derm 7/28): calciphylaxis.
Plan: no excisional debridement yet, STS ongoing.
"""),
("2022-09-13", "Plastic Surgery Clinic Note", """
Follow up L thigh calciphylaxis wound.
Eschar softened, some slough. Serial sharp debridement in clinic today, ~2 cm2 removed, bleeding minimal.
R thigh still clear. BMI 38.1.
Plan: NPWT trial L thigh, change 3x/wk at HD. Discussed risk of further lesions.
"""),
("2022-11-01", "Plastic Surgery Clinic Note", """
L thigh wound measures 6.3 x 4 cm, 80% granulation. No new lesions anywhere. Insulin still only into the R thigh and the skin there is intact.
Continue NPWT. Candidate for STSG if stable by Dec.
"""),
]}

K10 = {"patient_id": "K10", "age": 72, "sex": "F", "notes": [
("2022-02-08", "Breast Clinic Urgent Visit", """
72 y/o F, hx R breast DCIS 2015 treated with R lumpectomy + RT, no surgery on the left.
Now: 5 days of a very tender purple blotch on the left breast, lower outer quadrant - spotted in the shower on 2/3. Before it appeared there was no knock, fall, heat or injection to that breast, she says.
ESRD on CAPD. Afib on warfarin. No diabetes. BMI 26.0.
Exam: L breast LOQ 3 cm retiform purpuric plaque, firm, tender. R breast post-lumpectomy changes only.
Plan: diagnostic mammo/US, punch bx of skin.
"""),
("2022-02-22", "Breast Clinic Follow-up", """
Punch bx left breast shows calciphylaxis - mineral in the walls of tiny vessels, thrombus, necrotic fat. No malignancy on imaging.
Since last visit: on 2/20 she caught the sore breast on the car door as she got out at her daughter's - it bled and now has a larger dark crust.
Exam: lesion has grown to 4 x 3.6 cm, central eschar. No cellulitis.
Plan: renal - change warfarin to apixaban if possible; STS via PD team. Plastics referral re: wound.
"""),
("2022-03-15", "Plastic Surgery Consult", """
L breast calciphylaxis ulcer, biopsy-confirmed.
Onset 02/03/2022 before the car-door injury of 02/20/2022 (which only enlarged the eschar). No preceding trauma at all per pt.
PD continuing. Now on apixaban, warfarin stopped 3/1.
Plan: conservative, dry eschar care; revisit simple mastectomy only if sepsis.
"""),
]}

K11 = {"patient_id": "K11", "age": 57, "sex": "M", "notes": [
("2020-07-28", "Plastic Surgery Consult", """
PLASTIC SURGERY CONSULTATION
Referral: R lower abdominal wound, ?debridement.
57 y/o male, ESRD, hemodialysis from 2014, DM2 with an insulin pump (he keeps the infusion set on the LEFT half of his abdomen), BMI 41.2, no anticoagulation.
Started ~mid July as a tender violaceous lump on the R lower pannus, spontaneous - no injury, no heat, no injection or pump site on that side.
Exam: R lower abdomen necrotic plaque 6 x 4 cm ringed by livedo; L abdo pump site clean.
Plan: 2 punch biopsies today.
"""),
("2020-08-06", "Plastic Surgery Follow-up", """
Bx: calciphylaxis.
Since the bx, ice packs pressed on the R lower abdominal wound many times daily to numb it. Advised to stop - cold can worsen ischemia.
Plan: OR for excisional debridement of the R lower abdominal eschar next week, then NPWT.
"""),
("2020-09-02", "Plastic Surgery Post-op Visit", """
s/p excisional debridement R lower abdomen 8/12/20, NPWT applied.
Wound 8 x 6 cm, granulating 60%, silver alginate to edges, VAC at 125 mmHg, change MWF at HD unit.
Pain better. BMI 40.8. Insulin pump site (L abd) fine, no lesions elsewhere.
"""),
]}

K12 = {"patient_id": "K12", "age": 49, "sex": "F", "notes": [
("2024-03-05", "Plastic Surgery Consult", """
Pannus wound consult.
49F, ESRD (HD from 2019), DM2 managed with linagliptin + glipizide, never on insulin or warfarin. BMI 44.0.
Painful black areas on the lower pannus for ~3 wks. She is adamant nothing has been done to that skin: no shots in the tummy, never a heating pad or hot-water bag, belts and binders not worn, no scratching, no injury.
Exam: central lower pannus, two necrotic plaques (4 cm, 2 cm) with purpuric rim and woody induration; no fluctuance.
Impression: clinical picture typical of calciphylaxis; nephrology agrees.
"""),
("2024-03-19", "Plastic Surgery Clinic Note", """
Clinical diagnosis of calciphylaxis (nephrology + derm consensus; biopsy deferred given risk of new nonhealing wound).
Discussed possible future panniculectomy once disease quiescent - not scheduled; would need heparin SC post-op, which we'd then put in the upper arms and keep off the belly.
Pt undecided. Wound care: keep eschars dry.
"""),
("2024-05-14", "Plastic Surgery Clinic Note", """
Pannus lesions stable to smaller, no new ones. STS tolerated.
Panniculectomy still only a consideration, no date. BMI 43.1.
"""),
]}

K13 = {"patient_id": "K13", "age": 63, "sex": "F", "notes": [
("2025-01-14", "Plastic Surgery Post-op Visit", """
PS clinic. 63F s/p L mastectomy + immediate prepectoral expander 12/30/24. Drain still in, lateral L chest wall, ~35 mL/day.
PMH: ESRD (HD), warfarin for AF, non-diabetic. BMI 30.0.
Exam: skin flaps healthy. Around the drain exit site on the L lateral chest there is a 1.5 cm area of macerated skin breakdown from the tape and tubing - looks like simple drain-site irritation, no purpura, no eschar.
Plan: reposition tubing, barrier film, gauze. Drain out next wk.
"""),
("2025-02-04", "Plastic Surgery Clinic Note", """
Drain removed 1/21. Drain site breakdown healed.
NEW: since about 1/25, sore dark patches have come up on both her thighs. No injections, no heat, nothing tight on the legs, no bumps per pt.
Exam: bilateral anterior thighs, several retiform purpuric plaques 2-5 cm, one w/ central necrosis on the R.
Dx suspicion calciphylaxis - derm asked to biopsy.
"""),
("2025-02-18", "Plastic Surgery Clinic Note", """
Derm bx R thigh: calciphylaxis, confirmed.
Chest: expander fill 60 cc today, skin well perfused; the healed L chest drain site is a separate thing and was never calciphylaxis.
Warfarin being switched. BMI 30.0, obesity noted.
"""),
]}

K14 = {"patient_id": "K14", "age": 68, "sex": "M", "notes": [
("2019-10-08", "Plastic Surgery Clinic Note", """
Referred for bilateral calf ulcers - ?flap / graft candidacy.
68M, peritoneal dialysis for ESRD, DM2, injects his insulin in the abdomen, warfarin never. Post-hernia repair he still wears an elastic abdominal binder. Enoxaparin shots into the abdomen for 2 wks after that surgery (Aug).
Calf lesions started in September, posterior both legs, now ulcerated with black eschars and livedo. No trauma to the calves per pt; no stockings, no heat.
Abdomen: binder marks, injection bruises, skin intact, no purpura.
BMI 29.9, not obese.
"""),
("2019-10-22", "Plastic Surgery Clinic Note", """
Derm punch bx L calf: calciphylaxis.
Not a graft candidate at this time.
Counselled: avoid heating pads and hot baths on legs, avoid knocks, pad the bed rails; if new ulcers form, come in.
"""),
("2019-12-03", "Plastic Surgery Clinic Note", """
Calves: eschars stable, no new ulcers. Abdomen still intact despite binder and insulin.
BMI 29.7. Cont STS via PD unit.
"""),
]}

PATIENTS = [K08, K09, K10, K11, K12, K13, K14]
