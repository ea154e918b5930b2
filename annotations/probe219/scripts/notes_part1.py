"""probe219 corpus notes, C01-C07 (CDI queries, coding summaries and the clinics around them; all invented)."""

C01 = {"patient_id": "C01", "age": 67, "sex": "F", "notes": [
("2019-03-18", "CDI Query", """
CLINICAL DOCUMENTATION INTEGRITY (CDI) QUERY
To: Dr. R. Vasquez-Orr, hospitalist      From: Ingrid Sollars RN, CCDS
Pt: C01   Adm: 03/04/2019   Unit: 6 West, Harrowgate Regional

Clinical indicators found in the record:
- ESRD, HD Mon/Wed/Fri thru L BC fistula; in for volume overload
- heparin SC 5000u q8 since admit 3/4; MAR lists every site as RLQ / R lower abd
- Wound RN 3/15: "two violaceous, indurated plaques R lower abdomen, 3 x 4 cm and
  2 x 2 cm, dusky centre, pt grimaces on light touch"
- Derm consult ordered 3/15; Na thiosulfate (25g) with dialysis since 3/17
- iPTH 1120 pg/mL, PO4 7.4, Ca 9.8
- Progress notes 3/15 thru 3/17 say only "abd wall skin lesions"

Based on your clinical judgment, please clarify the condition being treated:
[ ] Calciphylaxis
[ ] Cellulitis of the abdominal wall
[ ] Hematoma related to SC injections
[ ] Other ______
[ ] Unable to determine
Kindly answer in a progress note. Thank you!
"""),
("2019-03-19", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT   3/19/19
Requested by Dr. Vasquez-Orr for painful abdominal plaques.

HPI: 67yo lady, ESRD/HD (MWF), inpatient since 3/4/19 w/ fluid overload. Nursing first
saw the lesions on 03/14/2019 at her bed bath; pt says they burned for a day before and she
"figured it was the shots". Her SC heparin (q8h) has gone only to RLQ / R lower
abdominal sites since arrival. No DM. Warfarin for AF 2015-2017, d/c'd after a GIB;
home anticoag: none.

Exam: RLQ, just lateral to the umbilicus: two stellate violaceous plaques w/ retiform
border and early central necrosis, the larger 4 cm. Tender ++. L abdomen clear.

Procedure: 4mm punch at the advancing rim of the bigger plaque, H&E + von Kossa.

Assessment: calciphylaxis (R lower abdominal wall), clinically certain, arising exactly
at her heparin injection sites (Koebner-type localisation).
- move SC heparin to the upper arms or stop it; no more abdominal sticks
- keep STS going on HD days; dialysate Ca 2.0; no calcium binders
"""),
("2019-03-27", "Inpatient Coding Summary", """
INPATIENT CODING SUMMARY - FINAL
Coder: T. Mbeki-Rowe, CCS     Adm 03/04/2019   Disch 03/25/2019   LOS 21
Disposition: home, resume outpatient HD

Query of 3/18 answered 3/20 by Dr. Vasquez-Orr: "Calciphylaxis, R lower abdominal wall,
at the sites of SC heparin injections; punch biopsy 3/19 confirms (medial calcification,
thrombosed small vessels)."

Dx (POA)
I12.0   Hypertensive CKD w stage 5 CKD / ESRD ........ Y
N18.6   End stage renal disease ....................... Y
E87.70  Fluid overload, unsp .......................... Y
E83.59  Calciphylaxis ................................. N
L98.492 Non-pressure chronic ulcer oth site, fat exposed  N
N25.81  Secondary hyperparathyroidism, renal ........... Y
Z99.2   Dependence on renal dialysis .................. exempt
E66.9   Obesity, unsp ................................. Y
Z68.31  BMI 31.0-31.9 (31.4 per RD 3/6) ............... exempt
Z79.01 not assigned: warfarin discontinued 2017.
PCS: 5A1D70Z hemodialysis x 9; 0HB7XZX excision abd skin, diagnostic.
"""),
]}

C02 = {"patient_id": "C02", "age": 58, "sex": "M", "notes": [
("2020-08-11", "Nephrology PD Clinic", """
HOME PD PROGRAM - clinic f/u     Aug 11 2020
Dx: ESRD 2/2 DM nephropathy; CCPD (5 cycles overnight, 2 L fills, last fill 1.5 L)

S: Feels ok. Mild ankle swelling. On the cycler nightly, no missed tx. No abd pain,
effluent clear. Diabetes: glargine 30 u qhs + lispro with meals. Ever since the Tenckhoff
went in (Feb 2019) he injects every insulin dose into the upper arms, L and R, on the
triceps side, wife helping; nothing goes in the belly now.

O: Vitals 146/84, P 78, 104.2kg, BMI 33.0
ES clean/dry, no crusting. Trace pedal edema. No skin lesions seen.
Kt/V (weekly, July) 1.9. Labs: PTH 780; Ca/P 9.5/6.9; K 4.1; albumin 3.4

Plan:
1. Hyperphosphatemia - increase sevelamer to 1600mg with each meal; RD to review diet
2. SHPT -> cinacalcet 30mg qd added
3. DM - A1c 7.8, per endo
4. Obesity - discussed, RD
RTC 4 wks w/ labs
"""),
("2020-11-20", "CDI Query", """
CDI QUERY - wound specificity           11/20/2020
To: Dr. A. Lindqvist (Hospitalist)
Re: C02, adm 11/16/2020 for pain control / wound

H&P states: "L arm ulcer, present since October, painful, per derm likely calciphylaxis."
Further indicators:
* Path 11/18 (punch, L posterior upper arm): "calcium within small subcutaneous vessel
  walls, fat necrosis - consistent with calciphylaxis"
* Wound RN 11/19: 5.5x3.0cm, black eschar, 1cm rim of violaceous skin, fat seen at
  the edge, no tunneling
* Morphine PCA; STS 25g IV TIW ordered

Please document in your next note:
1) the etiology of the L arm ulcer, and
2) the ulcer depth (limited to breakdown of skin / fat layer exposed / necrosis of muscle /
   necrosis of bone / unspecified)
Thank you - J. Okafor RN CCDS  x4471
"""),
("2020-11-24", "Coding Abstract", """
CODING ABSTRACT -- discharged 11/23/2020, home w/ home PD

Attending response to query (progress note 11/21): "Calciphylaxis, confirmed on biopsy;
ulcer, L posterior upper arm, fat layer exposed, due to the calciphylaxis."

Final codes:
PDx  E83.59   Calciphylaxis                                   POA Y
     L98.492  Non-pressure chronic ulcer, oth site, fat exposed  Y
     E11.22   Type 2 DM with diabetic CKD                     Y
     N18.6    ESRD / Z99.2 dialysis dependence                Y
     Z79.4    Long term (current) use of insulin
     E66.9    Obesity; Z68.32 BMI 32.0-32.9 (32.6, adm wt 102.9 kg)
     N25.81   Secondary hyperparathyroidism of renal origin   Y
PCS  0HBCXZX  Excision L upper arm skin, diagnostic (11/18)
     3E1M39Z  Peritoneal dialysis, inpatient cycler
Comment: no hospital-acquired conditions. Outpatient wound clinic referral placed.
"""),
]}

C03 = {"patient_id": "C03", "age": 71, "sex": "F", "notes": [
("2022-02-16", "Wound Care Consult", """
WOUND/OSTOMY NURSE CONSULT    02/16/22
Reason: "new wound L low back, ?pressure injury" per primary RN

Hx: 71 F, ESRD, dialyzes Tu/Th/Sat by R IJ permcath; T2DM managed w/ diet, A1c 6.4;
admitted 2 weeks ago w/ an L1 osteoporotic compression fracture (lifted a heavy
basket of wet laundry). Since that day an aquathermia (K-pad) has been placed on her
L low back 20 min q4h while awake for spasm -- order dated 02/02/22. Pt first felt a "sting" under the pad 3 days ago.

Assessment: L lumbar paraspinal area: 6x4cm stellate purpura, 2x1.5cm central eschar
(black); surrounding livedo; she winces at light touch. Not over a bony prominence; she favors
lying on the R. The shape follows the pad, not the mattress.

Impression: atypical for pressure injury or for a burn. Needs MD eval; consider
calciphylaxis.
Plan: K-pad d/c'd. Nonadherent foam, no tape on periwound. Dr. Haddad notified.
"""),
("2022-02-17", "CDI Query", """
CDI / QUALITY QUERY - hospital-acquired condition review      2/17/2022
Dr. N. Haddad,
The wound nurse documents a L low back wound first noted 2/13 (adm 2/2), described as
"stellate purpura w/ central black eschar ... atypical for pressure injury or burn".
There is no provider documentation of this wound so far. Pressure injuries and burns are
HAC-reportable, so an accurate etiology matters.

Vitals 2/16: 37.1C / HR 88 / 152/70 / 96% RA
Labs: PTH 945; Ca/P 10.1/6.8; albumin 2.9

Please document the etiology of the L low back wound:
__ Deep tissue pressure injury
__ Thermal injury (burn) from the aquathermia pad
__ Calciphylaxis
__ Other: ______
__ Clinically undetermined
and whether it was present on admission (Y / N / undetermined).
-- M. Theroux RN, CDS
"""),
("2022-02-22", "Physician Query Response", """
HOSPITALIST PROGRESS NOTE 2/22/22 -- addendum answering the CDI query of 2/17

Wound L low back: derm punch on 2/18 -- subcutaneous arterioles calcified and occluded by
thrombus, adjacent fat necrosis, i.e. calciphylaxis.
Not pressure-related, and there were never burn blisters.
It came up where the K-pad was applied daily from 2/2 onward -- I believe the heat
provoked a calciphylaxis lesion at that spot. Not present on admission.

Obj: afebrile, BP 138/66, weight 80.4kg (BMI 30.0). Dressing C/D/I.
Plan:
- sodium thiosulfate 25g after every HD
- binder: sevelamer replaces calcium acetate; cinacalcet added
- no heat or ice to any skin area
- pain regimen per palliative care
Next HD Thursday (ESRD). DM2: diet alone, not on insulin.
No anticoagulation; DVT ppx by early mobility.
"""),
]}

C04 = {"patient_id": "C04", "age": 63, "sex": "M", "notes": [
("2021-03-11", "CDI Query", """
CDI QUERY -- respiratory failure specificity       03/11/21
To: Dr. P. Okonkwo-Baird (MICU)
Pt C04, 63 M, ESRD on HD, adm 2/28/21 with COVID-19 pneumonia.

Indicators:
- SpO2 78% on 6 L NC in ED, RR 34; ABG 7.31/52/58 on FiO2 0.8
- Intubated 3/1; P/F ratio 92 on 3/2
- Prone positioning 16 h/day from 03/02/21 through 03/09/21, chest and knees on foam pads
- CRRT 3/1 to 3/8, then back to intermittent HD
- Progress notes state "hypoxia" and "ARDS"

Please clarify the respiratory diagnosis:
( ) Acute hypoxic respiratory failure
( ) Acute hypoxic and hypercapnic respiratory failure
( ) Acute on chronic hypoxic respiratory failure
( ) Other / unable to determine

Home meds for reference: insulin glargine 24 u qhs, sevelamer, amlodipine.
Thank you, B. Ferrante RN, CCDS
"""),
("2021-04-06", "Dermatology Consult", """
DERM CONSULT (inpatient, step-down unit)      4/6/2021
CC: "dark painful patches on my chest"

63 M -- ESRD/HD, insulin-requiring T2DM, BMI 36.2; long MICU stay for COVID ARDS incl. 8 days
of prone positioning early last month. Since late March: burning pain, then purple-black
plaques over both upper pectoral areas of the chest, precisely where his
chest bore his weight while proned. Knees and face spared.

Exam: bilateral anterior chest -- 3 plaques R (largest 7 cm), 2 L, net-like violaceous
borders, central eschar on the largest R one. No pressure pattern over the sternum.
Path (bx 4/2 by derm NP, L chest): medial calcification of arterioles, thrombosis,
septal panniculitis.

Imp: Calciphylaxis of the bilateral anterior chest, Koebnerized to the pressure points of
prone positioning.
Plan: thiosulfate with dialysis, dressings, pain team, titrate cinacalcet.
"""),
("2021-04-15", "Final Coding Summary", """
FINAL CODING SUMMARY -- Acct C04-2021-0228     Disch 04/14/2021 to LTACH

Attending query response 3/12: "Acute hypoxic and hypercapnic respiratory failure due to
COVID-19 ARDS."

Codes (POA):
U07.1 COVID-19 (Y) | J12.82 Pneumonia due to COVID-19 (Y) | J80 ARDS (Y)
J96.01 + J96.02 Acute resp failure w hypoxia / w hypercapnia (Y)
E83.59 Calciphylaxis, bilat anterior chest (N) -- HAC review: derm states not a
       pressure injury, so no L89 code
L98.492 Non-pressure ulcer, chest wall, fat layer exposed (N)
E11.22 + Z79.4 (Y) | I12.0, N18.6, Z99.2 (Y)
E66.9 Obesity + Z68.36 BMI 36.0-36.9 (Y)
PCS: 5A1955Z mech vent > 96 consecutive hrs; 5A1D90Z CRRT; 5A1D70Z HD;
     0HB5XZX excision chest skin, diagnostic; 0BH17EZ ETT
"""),
]}

C05 = {"patient_id": "C05", "age": 68, "sex": "M", "notes": [
("2022-06-14", "Wound Center New Patient", """
OUTPATIENT WOUND CENTER -- new pt        June 14, 2022
Referred by CT surgery for a "nonhealing leg incision".

68 M, CABG x3 on 03/09/2022 (LIMA-LAD, SVG x2) with an open GSV harvest along the
medial side of the L thigh. Incision healed well by the 4 wk check. Post-op AF -> warfarin since
March, INR 2.3 today. Kidneys: CKD 3a with eGFR 52; he has never dialyzed. Diabetes
type 2 (metformin, empagliflozin). BMI 37.9, class II obesity.

Since Memorial Day he has had stabbing pain and dark purple patches along the upper half
of the L medial thigh scar; two have now turned black and hard.
Exam: L medial thigh -- 3 plaques on and just beside the harvest scar, 2-5 cm, retiform
edges, two with dry eschar. Lower scar segment on the calf intact. Pedal pulses by doppler.

Imp: retiform purpura w/ necrosis on a recent incision in a man on warfarin. Ddx:
non-uremic calciphylaxis, warfarin necrosis, infection (no signs).
Plan: derm for deep bx this week; no sharp debridement before path.
"""),
("2022-06-21", "Dermatology Note", """
DERMATOLOGY -- biopsy result visit        6/21/22

Incisional wedge bx 6/16 from the L medial thigh plaque: small subcutaneous arteries with
calcified media, intima thickened, thrombi in lumens; von Kossa stain +.
Negative for vasculitis and for organisms.

Dx: non-uremic calciphylaxis, L medial thigh, localised to the CABG vein-harvest scar
(trauma-induced / Koebner pattern).
Contributing: warfarin, obesity, diabetes, low albumin.
Labs: alb 3.1 / Ca 9.4 / PO4 3.9 / PTH 58 / 25OHD 19.

Plan:
- cardiology called -- warfarin off, apixaban 5mg BID started
- infusion center: IV STS three times a week
- wound center for moist dressings, no compression over the thigh
- vitamin D repletion; recheck 2 wks
"""),
("2022-07-06", "CDI Query", """
CDI QUERY -- clarification of cause       07/06/2022
To: Dr. S. Amundsen (attending; adm 7/3/22 for pain control + IV STS)

Documentation: H&P "non-uremic calciphylaxis L thigh"; med rec "warfarin stopped 6/21,
now apixaban"; renal consult "CKD 3a".
Clinical indicators: INR 2.3 on 6/14; derm note 6/21 lists warfarin as a contributor.
Vitals 7/5: T 36.9, HR 82, BP 141/79. Wt 117 kg.

Can the calciphylaxis be further specified as:
[ ] Adverse effect of warfarin, properly administered
[ ] Not related to warfarin
[ ] Other: ______
[ ] Unable to determine

Response (Dr. Amundsen, 7/7): "Non-uremic calciphylaxis, L medial thigh, at the CABG
harvest incision; warfarin was likely a contributing factor. CKD 3a, not ESRD."
"""),
]}

C06 = {"patient_id": "C06", "age": 80, "sex": "F", "notes": [
("2023-11-04", "CDI Query", """
CDI QUERY -- injury specificity / POA        11/04/2023
To: Dr. L. Ferreira-Nash (hospitalist)
Pt C06, 80 F, adm 10/30/2023 for hyperkalemia; ESRD on HD (MWF)

Nursing event report: RN found pt sitting on the floor next to her bed 11/03/2023 at 03:40; says
she slid off while reaching for the bathroom light. RN exam: 6 cm abrasion with bruising
over the R lateral hip. Pelvis/hip XR 11/3: no fracture.
Anticoagulated (warfarin, AF); INR 2.6 on 11/3.
Your note 11/3 reads: "s/p fall, no injury, XR neg."

Please clarify whether an injury resulted from the fall:
[ ] Abrasion of R hip
[ ] Contusion of R hip
[ ] Abrasion and contusion of R hip
[ ] No injury
[ ] Other / undetermined
Falls with injury are tracked as a hospital-acquired condition.
"""),
("2023-11-07", "Coding Summary", """
CODING SUMMARY   Acct 7730-C06   Adm 10/30/23   Disch 11/06/23 home

Query response 11/4: "Abrasion and contusion of the R lateral hip from fall out of bed."

PDx E87.5 Hyperkalemia (Y)
I12.0 / N18.6 / Z99.2 (Y)
S70.01XA Contusion of right hip, initial encounter (N)
S70.211A Abrasion, right hip, initial encounter (N)
W06.XXXA Fall from bed (N); Y92.239 unspecified place in hospital
I48.91 Atrial fibrillation, unsp (Y); Z79.01 long-term anticoagulant (warfarin)
E11.22 T2DM w diabetic CKD (Y) -- oral agent only (linagliptin), no Z79.4
Z68.24 BMI 24.0-24.9 (24.8)
HAC flag: fall with injury -- reported to quality.
"""),
("2023-12-01", "Nephrology HD Rounds", """
HD ROUNDS -- Brightwater Dialysis, chair 14      12/1/2023
80 F, ESRD (HTN), MWF 3.5 h, L AVF, EDW 61.0 kg.

S: R hip "bruise that burns" x two weeks; keeps her up at night, unable to sleep on her
R side. No fever, no drainage.
O: Pre BP 164/72, HR 70, wt 62.3 kg. R lateral hip: 5x4cm indurated violaceous plaque
w/ lacy purple margin and dusky center, very tender. L side clear.
Labs 11/27: INR 2.8, PTH 1390, Ca/P 10.3/7.1, albumin 3.0

Plan:
- concern for calciphylaxis R hip -> urgent derm (Dr. Kwan) for bx
- d/c calcium acetate, sevelamer instead; Ca bath 2.0
- discussed with cardiology re warfarin -> apixaban
"""),
("2023-12-08", "Dermatology Consult", """
DERMATOLOGY CONSULT      08-Dec-2023
Nephrology referral: painful plaque R hip.

HPI: ~3 weeks ago a sore purple spot appeared; now black-centred. She does
not recall injuring that hip. ESRD on dialysis; was on warfarin (AF) 4 yrs, apixaban since 12/4.

Exam: 5.5x4cm necrotic plaque, R lateral hip, centred on the trochanter; rim with
retiform purpura. Faint livedo on the R lateral thigh just below. No other lesions.

Proc: two punch biopsies taken (edge, rim); Gelfoam for hemostasis.

Dx: R lateral hip calciphylaxis -- clinical diagnosis, path pending.
- thiosulfate 25g each dialysis
- Ca alginate under bordered foam, 3x/wk
- pain: gabapentin 100mg post-dialysis
"""),
]}

C07 = {"patient_id": "C07", "age": 54, "sex": "M", "notes": [
("2023-01-05", "Dermatology Consult", """
DERM CONSULT (outpatient, urgent add-on)      Jan 5, 2023

54 M, ESRD on HD TTS, MRSA bacteremia last summer at Twin Rivers Hospital w/ fevers to
40.6 C, treated in part with ice packs tucked into both groins and both axillae for days.
Since October: a sore lump at the R groin that opened and went black.
No diabetes. Never on warfarin. Ht 178 cm, wt 143.5 kg, BMI 45.3.

Exam: R inguinal fold: 6x3cm ulcer, adherent eschar, black, with a purpuric, indurated
rim; smaller violaceous plaque on the upper R medial thigh. L groin and axillae clear.
Bx 12/28 (path back today): vascular calcification, thrombi, fat necrosis.

Imp: Calciphylaxis of the R groin. He links it to the ice ("that's right where they
stuffed the ice bags") and I agree the cold injury likely fixed the site (Koebner).
Plan: STS w/ HD; admit if pain uncontrolled.
"""),
("2023-01-11", "CDI Query", """
CDI QUERY -- BMI / weight-related diagnosis        01/11/2023
Dr. C. Iwu (hospitalist); adm 1/9/2023 for R groin calciphylaxis, pain crisis

RD assessment 1/10: Ht 178 cm, Wt 142.9 kg, BMI 45.1. Pt reports stable weight.
Comorbid: ESRD on HD, HTN, OSA on CPAP.
A BMI code may be reported only when a related diagnosis is documented by the provider.

Please clarify, if clinically valid:
[ ] Obesity
[ ] Morbid (severe) obesity
[ ] Overweight
[ ] Other ______
[ ] Clinically undetermined

Other indicators in chart: iPTH 1550; Ca/P 9.9/8.2; T 36.8, HR 96, BP 172/98.
A reply before discharge would be appreciated. -- R. Castellanos, CCDS
"""),
("2023-01-17", "Inpatient Coding Summary", """
INPATIENT CODING SUMMARY     Adm 01/09/2023   Disch 01/16/2023   Home, outpt HD

Response 1/12 (Dr. Iwu): "Morbid obesity, BMI 45.1 per dietitian."

PDx  E83.59   Calciphylaxis, R groin ........................... POA Y
     L98.492  Chronic ulcer R groin, fat layer exposed (RN 1/13) .... Y
     I12.0 / N18.6 / Z99.2 ........................................ Y
     N25.81   Secondary hyperparathyroidism, renal ................ Y
     G47.33   Obstructive sleep apnea ............................. Y
     E66.01   Morbid obesity due to excess calories ............... Y
     Z68.42   BMI 45.0-49.9, adult
     Z86.19   Personal history of other infectious disease
PCS  5A1D70Z  Hemodialysis x 3
No HACs. DRG reviewed, no further query needed.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
