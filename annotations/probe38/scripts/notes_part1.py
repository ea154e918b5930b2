"""probe38 corpus notes, N01-N07 (oncology and hematology: inpatient, infusion centre, lines, SC drugs; all invented)."""

N01 = {"patient_id": "N01", "age": 63, "sex": "F", "notes": [
("2021-06-16", "Infusion Center Nursing Note", """
INFUSION CTR - CHAIR 7
Pt here for C4D1 carboplatin (endometrial ca, stage IIIC). Arrived from her MWF HD run at Brightwater Dialysis, tired but alert.
Pt showed RN a painful dusky area on L lower abd, says it came up Monday 6/14 "out of nowhere". She gives her own Lovenox 80mg daily for the pelvic DVT and admits she always sticks the left side ("I sleep on my right, so the right belly gets squashed"). That's been her habit since the first dose on 04/06/21.
Assessment: ~3cm firm purplish patch w/ net-like edge, exquisitely tender, no drainage, not warm. Ht 160cm wt 86kg BMI 33.6.
VS stable. Chemo held pending MD review. Dr Varga paged & came to chair.
"""),
("2021-06-18", "Hem/Onc Progress Note", """
HEM/ONC CLINIC f/u
63F w/ endometrial adenoca, cancer-assoc LLE DVT on enoxaparin (warfarin deliberately avoided - labile INR concern on HD), ESRD (HTN nephrosclerosis), in-center HD since 2017. No diabetes.
S: Pain LLQ 8/10, burning, keeps her up at night. Onset 06/14/2021.
O: LLQ, exactly over her rotating enox injection field: indurated violaceous plaque 3.5x2.8cm, central dusky grey zone, livedoid rim. R abd skin clean.
Labs: PTH 612, phos 6.9, Ca 9.8.
A/P: strongly suspect calciphylaxis in the LLQ given ESRD + hyperphos + trauma from daily SC needles in one spot. Derm consult for punch bx. Switch enox injections to R side / consider apixaban. Renal to intensify binders, STS discussed.
"""),
("2021-06-24", "Dermatology Consult", """
DERMATOLOGY - inpatient consult (admitted 6/22 for pain control)
Reason: LLQ plaque, r/o CUA.
Path (S21-4471, 4mm punch from edge of left lower abdominal plaque 6/22): subcut arterioles w/ mural calcium deposits, intimal hyperplasia, microthrombi, necrosis of lobular fat. Von Kossa positive for Ca.
Impression: calcific uremic arteriolopathy, biopsy confirmed. Lesion arose within her enoxaparin injection territory in the left lower quadrant; the repeated needling almost certainly localized it.
Recs: wound care w/ nonadherent foam, no further injections to the abdomen, STS 25g IV during the last hr of every HD, pain svc following.
"""),
]}

N02 = {"patient_id": "N02", "age": 57, "sex": "F", "notes": [
("2020-07-08", "IR Procedure Note", """
Interventional Radiology - Port placement
Indication: metastatic ER+ breast ca, needs central access for chemo.
Procedure: R IJ single-lumen chest port. Pocket created in R upper chest, 2.5 cm incision inferior to clavicle, closed w/ 4-0 monocryl + dermabond. Tip at cavoatrial junction.
INR this am 2.1 (warfarin for mechanical mitral valve, bridged per cardiology, resumed tonight).
Complications: none. EBL minimal. Wt 71 kg, BMI 27.2.
"""),
("2020-10-02", "Oncology Clinic Note", """
ONC CLINIC
57 y/o female, HR+ breast cancer with bone and liver mets on paclitaxel weekly via port. Cr 0.7, eGFR >90. Not diabetic.
Since sometime in September 2020 she has had a very painful purple-black area around the port scar on the R upper chest. Started as tenderness then "went hard and dark". Nurses have been accessing the port fine.
Exam: R infraclavicular, centred on the healed port incision: stellate violaceous plaque (4cm) capped by 1cm black eschar; retiform purpura fans out around it. Port itself not exposed. No fever, WBC nl.
Assessment: DDx: infected port pocket / coumadin necrosis / nonuremic CUA. Derm referral, hold port use, PIV for today.
Wt 69 kg BMI 26.4.
"""),
("2020-10-09", "Dermatology Clinic Note", """
Derm - new pt
Punch bx from the margin of the right chest plaque: calcified medium + small subcutaneous vessels, thrombosed lumens, fat necrosis (septal & lobular); cultures no growth.
Dx: non-uremic calciphylaxis (normal renal fxn), risk factors warfarin x 6 yrs, malignancy, hypoalbuminemia (2.6). The lesion sits squarely on the port incision made in July - Koebner-like localization.
Plan: discuss w/ cardiology switch from warfarin (mech valve limits options), vit K supplementation, IV sodium thiosulfate trial, gentle wound care. Port removal to be discussed w/ onc.
"""),
]}

N03 = {"patient_id": "N03", "age": 71, "sex": "M", "notes": [
("2023-01-05", "Heme Malignancy Clinic Note", """
MYELOMA CLINIC - f/u, cycle 9 dara-VRd
71M, IgG kappa MM, cast nephropathy -> dialysis dependent since 2021 (TTS, Lakeview unit). Apixaban for AF. No hx DM; dex-related sugars have stayed <180 off treatment.
He complains of a "bad burn" on his right lower back. Since Thanksgiving every night his electric heating pad (set on "high") has sat between him and the mattress at the R low back, because of the L2 lytic lesion pain. Sore spot: began 3 weeks ago, firm and aching at first; now dark in the middle.
Exam: R paraspinal low back at waist height, 6 x 4 cm indurated plaque, black eschar centrally, violaceous netted border. Faint reticulated brown pigment around it too. L side clean.
BMI 30.0 (wt 94 kg).
Imp: thermal injury vs calciphylaxis. Stop heating pad. Derm urgent.
"""),
("2023-01-11", "Dermatology Consult Note", """
Dermatology
Seen for R low back eschar. PTH 740, phosphate 7.2, on calcium acetate.
Incisional bx (R lower back): extensive calcification of subcutaneous arteriolar media w/ thrombi, panniculitis w/ necrosis. No features of burn injury on histology.
Final Dx: calciphylaxis (histologically proven), located where the heating pad lay night after night. Skin around it shows erythema ab igne.
Plan: no heat sources, STS with HD, cinacalcet per renal, wound RN.
"""),
("2023-02-14", "Inpatient Palliative Care Note", """
Palliative Medicine - follow up
Admitted w/ uncontrolled pain from R back calciphylaxis wound, now 7 x 5 cm. Heating pad confiscated by daughter at our request. Hydromorphone PCA weaned to oral. Goals: continue myeloma tx if tolerated, comfort focused wound care. Wt 90 kg BMI 28.7.
"""),
]}

N04 = {"patient_id": "N04", "age": 66, "sex": "F", "notes": [
("2023-05-09", "Breast Oncology Survivorship Visit", """
Survivorship visit - 5 yrs out from L breast ca (mastectomy + ALND 2018), on anastrozole.
Interval: L arm lymphedema worsened this winter. Lymphedema PT fitted her w/ a class 2 compression sleeve for the left arm in mid-March 2023 and she wears it daytime, often wrinkled at the mid forearm.
Since 5/2 she has a severely painful hard area on the L volar forearm right where the sleeve bunches. Now black-centred.
Other: primary hyperparathyroidism (Ca 11.6, PTH 188) awaiting sestamibi; AF - anticoag w/ warfarin, last INR 2.4; T2DM on metformin only; CKD 3a (eGFR 51).
Exam: L volar forearm, mid-third, necrotic plaque 3x2cm, violaceous livedoid margin, ring of indentation from the sleeve seam. BMI 31.5.
Plan: remove sleeve, derm today.
"""),
("2023-05-09", "Dermatology Same-Day Consult", """
DERM
Pt from survivorship clinic. Retiform violaceous plaque w/ central necrosis L forearm. Hypercalcemic from PHPT, warfarin exposure, obese, female - concerning for nonuremic calciphylaxis. Punch x2 taken today from lesion edge. Sleeve off until bx back.
"""),
("2023-05-19", "Dermatology Follow-up", """
Derm f/u
Path: calciphylaxis - calcified small vessels in deep dermis/subcutis, fibrin thrombi, necrosis of fat. Non-uremic; drivers = primary hyperparathyroidism + warfarin. Site of onset under the sleeve's seam fits a pressure (Koebner) trigger.
Plan: endocrine re: urgent parathyroidectomy; cardiology asked re: DOAC instead of warfarin; custom sleeve w/o seam when healed. Wt stable, BMI 31.2.
"""),
]}

N05 = {"patient_id": "N05", "age": 74, "sex": "M", "notes": [
("2019-12-27", "Infusion Center - Azacitidine Visit", """
Aza C5D5 - SC injections given to abdomen (4 sites, rotated). Plt 18k today.
Pt reports he slipped on the porch steps on Christmas Eve and whacked his right shin against a planter box. Large bruise R anterior shin, ~8 cm, not tense, skin intact. Denies head strike. HD yesterday per usual schedule, no issue w/ access.
Instructed re: bleeding precautions, plt transfusion ordered.
"""),
("2020-01-10", "Hematology Progress Note", """
HEME - MDS (RAEB-1) on azacitidine
74M, ESKD on HD MWF via L BC fistula, T2DM (linagliptin, no insulin), remote DVT 2015 treated w/ coumadin x 6 mo. 
Since 1/8/20 the old bruise site on the R shin turned "dark and hard" and hurts far beyond what the bruise would explain.
Exam: R pretibial, within the fading ecchymosis: firm violaceous plaque 5x3cm with stellate grey center. L leg normal. BMI 24.1.
Ddx: necrotic hematoma? CUA? leukemia cutis? Derm consulted.
"""),
("2020-01-15", "Dermatology Consult", """
Derm consult. Punch bx R shin plaque (deep): calcified subcutaneous arterioles w/ thrombus and fat necrosis; no blasts. CUA confirmed. Likely triggered by the fall injury on 12/24/19 (lesion confined to bruised skin).
Recs: STS w/ dialysis, stop calcium-based binder, limb elevation, no compression.
"""),
("2020-02-20", "Wound Clinic Note", """
Wound clinic
R shin calciphylaxis wound: 5.5 x 3.2 cm, 70% yellow slough, 30% eschar, no infection. Cleansed, hydrogel + foam, light wrap. Pt still on aza, plt 41k. BMI 23.8. F/u 2 wk.
"""),
]}

N06 = {"patient_id": "N06", "age": 59, "sex": "F", "notes": [
("2021-09-03", "Neuro-Oncology Clinic", """
NEURO-ONC
59F, GBM s/p resection + chemoRT, on dexamethasone 4 mg BID since July for edema. Lupus nephritis -> ESRD on CCPD nightly.
Dex-induced hyperglycemia: A1c 7.9; diabetes educator started NPH in August 2021, pt self injects into both anterior thighs ("I can see them easily"). Teaching reinforced to rotate.
Wt 98 kg, BMI 35.2. No skin complaints today.
"""),
("2021-11-04", "Inpatient Admission H&P", """
ADMIT H&P - Oncology Hospitalist
CC: painful thigh sores.
HPI: Pt with GBM and steroid diabetes on NPH (thigh injections) reports several very painful firm spots on her thighs beginning in October 2021, some now black. Daughter says "they're right where she does her needles."
PMH: GBM, SLE, ESRD on peritoneal dialysis, HTN. No warfarin.
Exam: Bilateral anterior thighs - L: 3 indurated violaceous plaques up to 4 cm, one w/ eschar; R: 2 similar, one ulcerated w/ necrotic base. Livedo between. Abd/PD catheter site clean.
A/P: Calciphylaxis suspected. Derm bx. Move insulin to upper arms.
"""),
("2021-11-08", "Dermatology Inpatient Consult", """
Derm: bx L anterior thigh plaque - vascular calcification, thrombi, fat necrosis. Right thigh ulcer clinically identical. Dx calciphylaxis of both thighs, arising in her insulin injection areas.
Recs: STS 3x/wk w/ PD team, wound care, pain svc. Thighs off limits for injections.
"""),
]}

N07 = {"patient_id": "N07", "age": 62, "sex": "M", "notes": [
("2024-02-12", "Vascular Access Team Note", """
VAT - PICC insertion
Pt: 62M, EtOH cirrhosis (Child B) w/ HCC, admitted with MSSA bacteremia.
Placed 4Fr SL PICC L basilic vein under US, upper arm, 1 attempt, 38 cm. CXR tip confirmed. StatLock + Tegaderm.
INR 2.6 on warfarin (portal vein thrombosis) - pressure held 10 min, hemostasis.
"""),
("2024-03-29", "Hepatology/Liver Oncology Clinic", """
LIVER ONC - post discharge
PICC pulled 3/1 after 2 wks cefazolin. About 10 days ago a new painful lump came up exactly where the PICC went in, inner L upper arm; now darkening.
Background: EtOH cirrhosis (abstinent 2 yrs), HCC BCLC B awaiting TACE, PVT on warfarin, Cr 0.9. No DM. BMI 22.8.
Exam: medial L upper arm at old PICC insertion: 2.5cm purpuric indurated plaque, dusky necrotic center and livedoid halo. No streaking, no cord, US neg for DVT.
A: concern for nonuremic calciphylaxis (warfarin, liver dz, low albumin 2.4). Derm bx.
"""),
("2024-04-05", "Dermatology Clinic Note", """
Derm: bx L upper arm lesion - arteriolar calcification and thrombosis in subcutis, fat necrosis. Dx non-uremic calciphylaxis at the former PICC insertion site. Hepatology to stop warfarin -> enoxaparin (avoid arms/thighs already affected; abdomen ok). STS IV planned.
"""),
]}

PATIENTS = [N01, N02, N03, N04, N05, N06, N07]
