"""probe266 corpus notes, Q15-Q20 (transfer-centre call logs and the receiving hospital's notes; all invented)."""

Q15 = {"patient_id": "Q15", "age": 59, "sex": "M", "notes": [
("2020-02-10", "Transfer Center Call Log", """
TRANSFER CENTER     Mon 02/10/2020  08:22      TC20-0377
Caller: Dr. Tomasz Ellery, Tarrow Bay General (medicine).
59M; ESRD (HD MWF at Tarrow Bay Renal); DM2, insulin (he injects the abdomen); BMI 34; HTN.
2 weeks of tender firm nodules on the belly right where he gives his insulin, two with
a dusky centre. Referrer's question: calciphylaxis? No dermatologist there.
Vitals stable, afebrile.
08:35  Accepted by Dr. Rosalind Kettering (nephro).
08:41  Pt asks that his wife ride along - not allowed per transport policy, she'll drive.
08:50  Bed: 6E-10 at 1200.
"""),
("2020-02-11", "Nephrology Admission Note", """
NEPHROLOGY ADMISSION NOTE      2/11/2020
59M; DKD -> ESRD, HD since 2018. DM2: NPH + regular insulin, rotates injections
around the umbilicus. No warfarin, no anticoagulation.
HPI: ~2 wk of firm tender nodules in the periumbilical area at injection sites. No
drainage, no fever.
Exam: 110kg, BMI 34.0. Periumbilical: four nodules (1-2cm), subcutaneous, firm,
tender; two have dusky violaceous centres. Eschar/ulcer/livedo: none. Thighs and
buttocks clear.
PO4 5.4 / Ca 9.1 / iPTH 310.
DDx: early calciphylaxis vs insulin-site panniculitis (lipohypertrophy + fat
necrosis).
Plan: derm bx; meanwhile move insulin to thighs.
"""),
("2020-02-14", "Dermatology Consult", """
Dermatology consult       14 Feb 2020
Punch bx (2/12) of a periumbilical nodule: lobular panniculitis w/ fat necrosis;
vessels without calcium, von Kossa neg. Nondiagnostic for calciphylaxis - punch
probably not deep enough.
Impression: panniculitis at insulin sites, or possibly early calciphylaxis, which we
can't exclude. Offered deeper (incisional) sampling - declined; he wants to go home to
the Tarrow Bay area.
Plan: local derm f/u in 2 wks; don't inject into the nodules; come back early if
worse. D/c today.
"""),
]}

Q16 = {"patient_id": "Q16", "age": 81, "sex": "F", "notes": [
("2022-10-03", "Transfer Center Call Log", """
HUMC Transfer Center - Log      10/03/2022 (Mon)  23:10
Caller: Dr. Pascale Ondrejka, Greyhaven CAH.
81F; CKD4 (eGFR 22), no dialysis; AF, warfarin; DM2, glipizide; HFrEF.
Bilat thigh purpura + two necrotic patches L thigh, for 5 d; INR 4.6. Referrer:
"warfarin skin necrosis vs calciphylaxis?" Vit K 2.5mg PO given.
23:24  Accepted: Dr. Casimir Adeyemi (hospital medicine); renal + derm to consult.
23:31  Daughter (HCP) told of transfer; DNR/DNI confirmed, MOLST travels with pt.
23:40  Bed mgmt: 4W-14 in the AM.
"""),
("2022-10-04", "Nephrology Consult", """
NEPHROLOGY CONSULT     4 Oct 2022
81F, CKD 4 from HTN/DM, eGFR 20-22, not dialyzing and no plan for RRT (pt and family
want conservative care). Warfarin for AF x 6 yrs, held since 10/3. DM2 on glipizide.
Exam: 70kg, BMI 27.0. Thighs: retiform purpura on both; L medial thigh two necrotic
plaques ~3cm.
PO4 5.1 mg/dL, Ca 9.0, iPTH 160.
Imp: non-uremic calciphylaxis to be r/o. Other contender: skin necrosis from warfarin.
Calciphylaxis less typical off dialysis; warfarin a risk factor though.
Rec: derm bx if in line with goals; no RRT; renal dosing of meds.
"""),
("2022-10-06", "Discharge Summary", """
DISCHARGE SUMMARY       10/06/2022
81F transferred from Greyhaven for thigh necrosis while on warfarin.
Working dx: possible calciphylaxis vs warfarin skin necrosis (never settled). Derm offered a
biopsy; she declined once the family had met with us. Warfarin stopped; no
anticoagulation, consistent with her goals of care.
Dispo: home with hospice. Wound care: foam dressings to the L thigh plaques, change
every 3 days; oxycodone prn.
Final dx: necrotic thigh plaques, cause undetermined (?calciphylaxis); CKD 4; AF; DM2;
HFrEF.
F/u: hospice medical director; PCP Dr. Hallworth informed by phone.
"""),
]}

Q17 = {"patient_id": "Q17", "age": 45, "sex": "F", "notes": [
("2024-12-09", "Transfer Centre Call Log", """
TRANSFER CENTRE LOG      9 Dec 2024   14:20
Ref: NP Oriel Vantongeren, Cinderford Mercy ED.
45F, ESRD (reflux nephropathy), CCPD at home; no DM; no anticoag.
Reason: 5 days of a painful dusky purple patch in the LLQ where she has taped her PD
catheter tubing to the skin daily for 2 yrs; now blistering, with a small (1cm) black
spot. Effluent clear, pateint afebrile, exit site ok per NP.
Q: tape injury / contact dermatitis vs early calciphylaxis vs exit-site problem. PD
team wants eyes on it.
14:31  Accepted by Dr. Priyanka Haldane (nephrology / PD).
14:45  Bed: 6E-06, ETA 1900.
"""),
("2024-12-10", "Nephrology / PD Admission Note", """
NEPHROLOGY (PD) ADMISSION     12/10/24
45F, ESRD from reflux nephropathy, CCPD since 2022 via L-sided catheter. She fixes the
transfer set to the LLQ skin with silk tape every day. On 12/4 a painful dusky patch
came up right under the tape strip; blisters followed, then a 1cm black spot.
Not diabetic. No warfarin.
Exam: 68kg, BMI 25.3. LLQ: tender violaceous patch 3x2cm, eschar 1cm in its centre,
faint livedo around it. Exit site and tunnel unremarkable.
PO4 5.9 / Ca 9.8 / iPTH 520. Effluent WBC 12.
Imp: suspect early calciphylaxis vs tape-stripping injury w/ secondary necrosis vs
allergic contact dermatitis. Plan: derm; move tape to the R side, silicone tape.
"""),
("2024-12-13", "Dermatology Consult", """
Dermatology consult      Dec 13 2024
LLQ: dusky patch 3x2cm, 1cm central eschar, slight livedo at the margin; no change
in 3 days.
Bx offered twice; she declines (worried about a slow-healing wound near the PD
catheter).
Impression: possible early calciphylaxis; an irritant tape injury with necrosis stays
in the differential. No firm dx without tissue.
Plan: no adhesive on that area, catheter securement device; no STS for now; derm
clinic in 1 wk, sooner if it grows; PD team aware. OK for d/c today.
"""),
]}

Q18 = {"patient_id": "Q18", "age": 73, "sex": "M", "notes": [
("2021-06-21", "Transfer Centre Call Log", """
TRANSFER CENTRE CALL     21/06/2021 (Mon)  09:48
Caller: Dr. Wendeline Parrish, cardiology, St Brannoc's Hospital.
73M (HD, MWF), DM2 w/ insulin, CAD. Coronary angio + PCI through the R femoral artery
28/05/2021.
For about 10 days: purple lacy mottling of both feet, blue toes, 2 toe ulcers (L 2nd, R
4th). Renal team there raised calciphylaxis. Needs derm + vascular.
09:59  Accepted: Dr. Jude Abernathy (nephro).
10:12  Bed: 6E-18 at 1500.
10:15  MRSA screen neg 6/19 per St Brannoc's - no contact precautions needed.
"""),
("2021-06-22", "Nephrology Admission H&P", """
NEPHROLOGY ADMISSION H&P     22 Jun 2021
73M; DKD -> ESRD; HD M/W/F by R AVF since 2019; DM2 on insulin detemir; CAD - LAD stent
5/28/21, R femoral approach, on aspirin + ticagrelor. Never on warfarin.
Exam: 80kg, BMI 26.1. Both feet: livedo racemosa over the dorsa and soles, cyanotic
toes, dry ulcers at the tips of toe 2 (L) and toe 4 (R). Pedal pulses present. R groin
puncture healed.
Labs: eos 9%, ESR 88, C3 low.
DDx: cholesterol embolization syndrome vs calciphylaxis (distal pattern).
Plan: derm bx of livedo; vascular; hold off on STS until bx.
"""),
("2021-06-28", "Dermatology Consult", """
DERMATOLOGY CONSULT     June 28 2021
Bx 6/23, livedo L dorsal foot: cholesterol crystal clefts (biconvex, needle-shaped)
lodged in dermal arterioles. No mural calcification seen; von Kossa neg.
Diagnosis: cholesterol emboli after the 5/28 cath (atheroembolic disease). Calciphylaxis
excluded by this bx.
Exam: livedo unchanged over both feet; toe ulcers dry, no sign of infection.
Cardiology agrees - no further intervention; eosinophilia should settle on its own.
Plan: atorvastatin 80; toe ulcers - keep dry, betadine paint, offload; vascular
f/u; no sodium thiosulfate.
"""),
]}

Q19 = {"patient_id": "Q19", "age": 50, "sex": "M", "notes": [
("2023-09-05", "Transfer Center Call Log", """
TRANSFER CENTER     Tue 9/5/2023   19:02
Caller: Dr. Anselm Quarrie, Ashbeck County Hosp.
50M; CKD4 (pre-dialysis); insulin-treated DM2; morbid obesity (BMI low 40s); HTN.
R lower leg cellulitis after scratching mosquito bites over Labor Day weekend; failing
48 h IV cefazolin, spreading redness, new bullae. Pt very anxious - his brother, an HD
patient, died of calciphylaxis in 2018 and he is afraid of "the same thing".
      Blood cx x2 drawn at Ashbeck, pending.
19:15  Accepted: Dr. Keturah Basquill (hospital medicine).
19:30  Bed: 7W-09 at 2300.
"""),
("2023-09-06", "Hospital Medicine Admission Note", """
HOSPITAL MEDICINE ADMISSION    09/06/2023
50M, CKD 4 (DKD; Cr 3.4, eGFR 21; not yet dialyzing, access planning underway), DM2 on
glargine + lispro insulin, HTN, obesity. Never on warfarin.
HPI: mosquito bites on the R lower leg over Labor Day weekend, scratched them raw; by
Labor Day itself red and swollen, fever at the outside hosp.
Exam: 139kg, BMI 41.2. R lower leg: warm erythema ankle to knee, two tense bullae,
excoriations. No necrosis or retiform purpura; livedo absent.
FHx: brother (HD) died of calciphylaxis in 2018.
A/P: nonpurulent cellulitis R leg with bullae; nothing to suggest calciphylaxis - pt
reassured. Vanc -> cefazolin when cx back; elevate; glucose checks.
"""),
]}

Q20 = {"patient_id": "Q20", "age": 66, "sex": "F", "notes": [
("2020-07-20", "Transfer Center Call Log", """
HUMC TRANSFER CENTER      Mon 07/20/2020  07:05
Caller: Dr. Quentin Lasalle, Penhallow Valley Hosp ED.
66F, ESRD (HD Monday/Wednesday/Friday, L forearm AVG); graft clotted overnight, no thrill or bruit;
K 5.9. Not diabetic. No anticoagulants, never on warfarin. Dry wt 61 kg.
Needs IR thrombectomy today; Penhallow IR down for maintenance.
07:10  Pt NPO since midnight; last HD Fri 7/17. Referring to fax the access history.
07:18  Accepted: Dr. Rosalind Kettering (nephrology); IR slot 1300.
07:30  Bed: 6E-07, ALS transport 1000.
"""),
("2020-07-21", "Dialysis Treatment Note", """
INPATIENT HEMODIALYSIS TREATMENT NOTE    7/21/2020
Access: L forearm AVG, s/p IR thrombectomy + angioplasty 7/20. Thrill present.
Rx: 3.5 h, blood flow 350, bath K2 / Ca2.5, UF 2.1 L, tolerrated. Pre 148/80, post
132/74. 61.2kg, BMI 23.4.
Skin check: intact; no wounds or lesions on the legs, abdomen or buttocks. No evidence
of calciphylaxis.
Education: pt asked re using a heating pad on her arthritic knees - told no heat or
ice packs on skin; dialysis pts carry a calciphylaxis risk. Suggested acetaminophen,
PT.
Plan: d/c to home after run, resume outpatient HD Weds.
"""),
]}

PATIENTS = [Q15, Q16, Q17, Q18, Q19, Q20]
