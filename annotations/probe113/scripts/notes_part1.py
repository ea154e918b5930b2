"""probe113 corpus notes, I01-I07 (intensive and critical care; all invented)."""

I01 = {"patient_id": "I01", "age": 63, "sex": "F", "notes": [
("2021-03-09", "MICU Progress Note", """
MICU DAY 8 - PROGRESS NOTE
63F w/ ESRD on iHD TTS (L brachiocephalic AVF), T2DM on glargine at home, now on insulin gtt, adm 03/02/21 w/ MSSA bacteremia + septic shock.
Neuro: RASS -2 on propofol 20. CAM-ICU +.
CV: levophed weaning, 0.04 now. MAP 66-72.
Resp: intubated, VC 420/14/PEEP 8/FiO2 40%.
Renal: HD yesterday, UF 1.8L. K 4.6.
Endo: on insulin infusion, sugars 140s-190s.
Heme/PPx: SQ heparin 5k TID begun on day of admission, nurses alternating R and L lower abd.
Skin: sacrum intact. no new wounds.
Wt 91 kg, BMI 33.4 (obese). Not on warfarin.
Dispo: remains critical. Family updated by phone (husband Teodor).
"""),
("2021-03-20", "Wound Care RN Consult", """
WOCN consult - requested by MICU nights
Reason: painful dusky areas on belly
Pt now extubated, able to answer yes/no, says belly "burns like fire" where the shots go.
Assessment:
L lower abdomen: stellate plum-coloured plaque 3.5x2cm; black eschar in its middle; lacy purple mottling around. Exquisitely tender.
R lower abdomen: 2 x 2 cm indurated dusky plaque, early central necrosis.
Both areas sit right in the SC heparin rotation zones (pt has had heparin into both sides of the lower abd TID since she came in on 3/2).
Per RN flowsheet first charted 4 days ago as "bruising at inj sites".
Recommend: stop SC injections to abdomen, hold further; derm consult for ?calciphylaxis; non-adherent foam, no tape on periwound.
"""),
("2021-03-23", "Dermatology Consult Follow-up", """
Derm f/u. Punch bx L lower abd plaque (obtained 3/21): medial calcification of small dermal/subcutaneous arterioles, intimal fibroplasia, thrombi, calcified fat lobules. Consistent w/ calciphylaxis.
Bilateral lower abd lesions arose exactly where SC heparin was injected, c/w koebnerization at injection sites. Heparin switched to argatroban per ICU; no more injections to abd.
Wt today 89.3 kg, BMI 32.8.
Rec: STS 25 g w/ HD, switch off calcium binder to sevelamer, analgesia, wound care as per WOCN.
"""),
]}

I02 = {"patient_id": "I02", "age": 57, "sex": "M", "notes": [
("2022-12-27", "Neuro ICU Progress Note", """
NSICU daily note - HD#6
57M, ESRD, HD three times weekly, tunneled cath in R IJ, mech AVR on warfarin (held, INR reversed on arrival), SAH s/p coiling.
Neuro: GCS 10T. EVD open at 15. Nimodipine.
ID/Temp: central fever, Tmax 40.1. Cooling blanket + ice packs to axillae and R groin since Christmas Eve, temps now 37.8-38.4.
CV: SBP goal <160.
Renal: iHD, no CRRT needed.
Endo: nondiabetic (A1c 5.2), off insulin.
Skin: intact per RN.
Ht 180 Wt 87.8 BMI 27.1
"""),
("2023-01-02", "Nursing Skin Assessment", """
Q-shift skin check, NSICU bed 7
R groin: new purple lacy discolouration with a hard center, approx 4x5cm, now black crust forming in middle. Pt withdraws to touch even sedated. Area first noted on nights Dec 30 where the ice packs had been sitting.
L groin / axillae: intact.
Ice packs d/c'd. Pictures uploaded. MD aware.
Heels float. Sacrum blanching. Lines: R IJ HD cath CDI, L radial art line CDI.
"""),
("2023-01-05", "Nephrology Consult Note", """
Renal consult f/u
Asked to see re: R groin necrotic plaque.
Bx 1/3 (derm): calcium deposits in vessel walls of the subcutis w/ thrombosis -> calciphylaxis, confirmed.
Comment: lesion developed in the R inguinal skin that had been iced continuously for hyperthermia from 12/24 onward; cold injury probably provoked it locally, given his high Ca-phos product and warfarin history.
Plan: intensify HD to 4x/wk, STS with each run, cinacalcet, avoid warfarin -> apixaban discussion w/ cards. Nothing hot or cold against the skin going forward.
"""),
]}

I03 = {"patient_id": "I03", "age": 71, "sex": "F", "notes": [
("2019-06-04", "CCU Admission H&P", """
CCU ADMIT H&P
71F, ESKD from diabetic nephropathy, cycler PD overnight; T2DM managed w/ linagliptin - insulin never used, NSTEMI + cardiogenic shock.
Exam: cool mottled knees resolving after dobutamine. Skin otherwise intact.
Access: PD catheter exit site clean. NIBP cuff placed L upper arm 6/3 in ED, cycling q15 min; R arm has the failed old AVF so can't be used.
BMI 30.0. Warfarin: none.
A/P: dobutamine, heparin gtt, CCPD to continue w/ renal.
"""),
("2019-06-28", "CCU Nursing Note", """
Pt c/o "my arm under the blood pressure thing is killing me". L upper arm (the cuff arm since admission):, we see a 6 cm band of purplish net-like discoloration with two hard dark nodules on the medial side, one now has a black center. Pt dates it to ~10 days ago; she figured it was just bruising from the cuff. Cuff moved to L thigh. MD paged.
"""),
("2019-07-01", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT
HPI: 71F on PD, in CCU since early June, w/ painful L medial upper arm plaques under the site of prolonged automated cuff inflations.
Exam: L upper arm - retiform purpura, two ulcerated nodules (1.5cm, 1cm), each crusted black. R arm, trunk, legs clear.
Path (punch 6/29): calcified small vessels, thrombosed lumens, von Kossa stain lights up.
Dx: calciphylaxis, lesions confined to the repeatedly compressed L arm skin.
Recs: no cuff on that limb; STS; stop Ca supplements; PD prescription review.
"""),
]}

I04 = {"patient_id": "I04", "age": 66, "sex": "M", "notes": [
("2020-08-14", "SICU Progress Note", """
SICU POD 3 s/p R VATS decortication for empyema
66M ESRD on HD (L AVG), DM2 on insulin (lantus + SSI), obesity, hx DVT on warfarin 2016-2018 (stopped).
Lines/tubes: R 28Fr chest tube placed 08/11 in OR, 2nd intercostal drain anterior, serosanguinous 120 mL/24h. R IJ CVC. Foley.
Resp: extubated POD1, 3L NC.
Renal: HD per schedule.
BMI 36.2.
Plan: CT to -20 suction, pull when <150/day x2.
"""),
("2020-09-22", "ICU Readmission Note", """
MICU readmit - hypotension on HD
Skin exam notable: R lateral chest wall, in the healed scar where the chest tube was in last month, there's a 3 cm ulcer with black necrotic base and surrounding livedo. Wife says it began early September as a "hard purple lump in the scar" and has gotten bigger and far more painful. No drainage.
Imp: ?calciphylaxis in old drain tract vs wound infection.
"""),
("2020-09-25", "Dermatology Consult", """
Derm: bx of R chest wall scar ulcer edge -> calciphylaxis (arteriolar calcification, thrombosis, panniculitis). Koebnerized into prior R chest tube incision from 8/11/2020.
No other lesions. Rec STS, wound care, avoid new incisions where possible.
"""),
]}

I05 = {"patient_id": "I05", "age": 74, "sex": "F", "notes": [
("2023-07-05", "MICU H&P", """
History and Physical - Medical ICU
CC: sepsis ?source, painful leg sore
74F on maintenance HD (Mon/Wed/Fri) since 2017 for ESRD, no DM, no warfarin, adm with hypotension.
HPI via daughter (pt confused): "she tripped over the hose in her garden last spring and scraped up her right shin, it healed fine, but since June there's this awful black sore right on the same spot".
Exam: R ant shin - ulcer ~5x4cm, dry black eschar, violaceous retiform border, scar from old abrasion visible at edges. L leg intact.
BMI 24.6.
A/P: septic shock - cultures, vanc/zosyn. R shin ulcer - ddx calciphylaxis vs arterial ulcer. ABIs, derm.
"""),
("2023-07-07", "Dermatology Consult", """
DERM CONSULT NOTE
R shin ulcer at site of prior garden fall injury. ABI 1.0 both sides, ruling out significant PAD.
Bx: calcified small vessels, fibrin thrombi, septal panniculitis. Final dx calciphylaxis.
Started June 2023 per daughter. Plan as per renal.
"""),
("2023-07-12", "ICU Progress Note", """
ICU PN d8
Shock resolved, off pressors 48h. Blood cx neg, source likely the R shin calciphylaxis wound w/ superinfection.
Renal: HD + STS 3x/wk.
Skin: R shin ulcer dressing changed, clean base. No new lesions.
Dispo: to floor.
"""),
]}

I06 = {"patient_id": "I06", "age": 52, "sex": "M", "notes": [
("2024-11-30", "ICU Transfer Accept Note", """
ICU ACCEPT from St Brigid's (outside hospital)
52M ESRD on PD (has been on PD 3 yrs), T1DM on insulin pump, admitted OSH 11/2/24 w/ gonococcal arthritis R knee, was treated with ceftriaxone shots IM into the buttock daily from 11/02 (no side recorded in transfer paperwork).
Transferred for hypotension + painful buttock wound.
Pt: "it started hurting bad on Thanksgiving, right where they kept giving me those shots".
Exam: gluteal skin - 7 cm indurated plaque, violaceous, retiform edges, central eschar.
BMI 29.9, overwt but not in obese range. Never on coumadin.
"""),
("2024-12-02", "Dermatology Consult", """
Bx gluteal plaque: calciphylaxis (calcified subcutaneous arterioles, thrombosis). Lesion is confined to the IM injection area. Recommend no further IM injections, STS.
"""),
("2024-12-10", "Nephrology Progress Note", """
Renal f/u. PD cath removed 12/6 given peritonitis concern; HD started through a temporary R fem line -> tunneled cath planned. Patient will continue HD.
Calciphylaxis buttock wound - STS with HD. Insulin pump restarted.
"""),
]}

I07 = {"patient_id": "I07", "age": 60, "sex": "F", "notes": [
("2022-01-20", "MICU Progress Note", """
MICU - PN
60F; ESRD w/ thrice-weekly HD at Lakeview unit; T2DM - metformin stopped, takes glipizide, no insulin ever; AF anticoagulated w/ warfarin; wt puts BMI at 41.0, morbidly obese;, adm w/ COVID PNA on HFNC 50L/60%.
Skin: large dusky indurated plaques both flanks w/ black centers. Pt says she has slept on a heating pad wrapped around her waist "every night since the fall" for back pain. Plaques came up early January.
A/P: ?calciphylaxis - derm to see.
"""),
("2022-01-22", "Dermatology Consult", """
Dermatology
Bilat flank plaques L 8x5, R 6x4 cm, retiform purpura w/ eschar. Heating pad use since last fall over same area.
Punch bx R flank: vascular calcifications c/w calciphylaxis.
Rec: no heating pad, no warfarin -> apixaban, STS.
"""),
("2022-01-30", "MICU Progress Note", """
PN: HFNC weaned to 4L. Both flank wounds stable. Warfarin stopped, apixaban started. Pain better on hydromorphone PCA.
"""),
]}

PATIENTS = [I01, I02, I03, I04, I05, I06, I07]
