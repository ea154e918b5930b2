"""probe162 corpus notes, C08-C14 (IME, disability and medicolegal reports and the clinics around them; all invented)."""

C08 = {"patient_id": "C08", "age": 70, "sex": "M", "notes": [
("2025-01-28", "Dermatologic Surgery Procedure Note", """
DERMATOLOGIC SURGERY - PROCEDURE NOTE
Date of procedure: 2025-01-28        Surgeon: N. Castellanos, MD
Patient: 69 y M

Procedure: excision of subcutaneous lipoma, upper back between the shoulder
blades, 4.2 cm; layered closure, final length 5.5 cm.
Indication: slowly enlarging mass, pt requests removal.
Relevant hx: mechanical AVR (2011), anticoagulated with warfarin - INR 2.4 today,
not interrupted per cardiology, HTN, hyperlipidemia. No diabetes. Creatinine 0.9,
eGFR > 90
(2024-10). Weight 97 kg; BMI 30.0.

Informed consent obtained; universal protocol time-out done. Prepped w/
chlorhexidine, local anesthesia.
Elliptical incision along skin tension lines, lipoma shelled out intact,
hemostasis w/ electrocautery. Closure: buried 3-0 polyglactin, running 4-0 nylon
to skin.
EBL < 10 mL. Specimen to path. Bacitracin + nonstick dressing.
Complications: none.
Post-op: dressing stays dry for 2 days; suture removal 2025-02-11, call for bleeding.
"""),
("2025-03-20", "Dermatology Clinic Note", """
DERMATOLOGY - RETURN VISIT
69M, 7 weeks after lipoma excision of the upper back (2025-01-28). Path of
the specimen: benign lipoma. Sutures removed 2025-02-11, incision closed well.

HPI: Since 2025-03-03 a burning, exquisitely painful dusky area has spread along
the scar; now with a black center. His wife calls it "a bruise that keeps
spreading." No fever. Warfarin unchanged (recent INRs 2.1 to 2.8). Normal kidney
function.

Exam: upper back, midline: 5x3 cm stellate necrotic plaque centered on the
excision scar, retiform purpuric edge, firm, indurated. No drainage, no
dehiscence. Similar skin elsewhere: none.

Assessment: necrosis developing within the surgical scar in a patient on
warfarin with normal renal function - I suspect non-uremic calciphylaxis;
less likely warfarin-induced necrosis (14 yrs on drug) or infection.
Plan: 2 punch bx at the edge today, von Kossa stain; CMP, PTH, vit D, protein
C/S; wound culture. Discuss with cardiology re alternatives to warfarin (none
approved for mechanical valve).
"""),
("2026-02-10", "Medicolegal Expert Peer Review", """
MEDICOLEGAL EXPERT REVIEW - professional liability claim
Retained by: defense counsel for N. Castellanos, MD
Claimant: G.H., male, 70.

Allegation: negligent excision of an upper back lipoma leading to a chronic wound.

Records reviewed: dermatologic surgery note 2025-01-28; derm visits 2025-02-11,
2025-03-20, 2025-04-03; pathology 2025-03-24; cardiology and wound center notes
2025-04 to 2025-12.

Findings: The excision was indicated and performed in the usual way; incision
healed by 2025-02-11. On 2025-03-03, 34 days after surgery, painful necrosis began
within the scar. Biopsy 2025-03-24: small vessels of deep dermis and fat
showing calcification and thrombosis, consistent with non-uremic calciphylaxis.
Treating dermatology attributed the site to the surgical wound (a Koebner-type
reaction). Risk factors present: long-term warfarin, obesity (BMI 30.0), male
>65. No renal disease. Healed 2025-11 with a 6 cm atrophic scar.

Opinion: the standard of care was met. Calciphylaxis is rare and unpredictable
after minor skin surgery and was diagnosed and treated promptly.
"""),
]}

C09 = {"patient_id": "C09", "age": 57, "sex": "F", "notes": [
("2021-05-04", "Hospital Discharge Summary", """
DISCHARGE SUMMARY - Holbrook Memorial, Medicine B
Admit 04/29/2021   Discharge 05/04/2021
57 yo F; ESRD, dialysis Mon/Wed/Fri; DM2 requiring insulin; morbid obesity, BMI
44.0; h/o L leg DVT 2020 on warfarin.

Principal dx: recurrent L popliteal DVT with subtherapeutic INR (1.4).
Course: bridged with SC enoxaparin at a renally adjusted dose (1 mg/kg daily),
warfarin
dose increased. INR 2.3 on discharge. RN taught self-injection; she
prefers to inject only on the L lower abdomen, as her R side had a sore
pannus rash last month (resolved).
Also: glargine 30 u qhs and lispro SSI - her insulin pens go into both thighs.

Discharge meds: enoxaparin 80 mg SC daily until INR >2 x 2 days (L lower abdomen),
warfarin 7.5 mg, insulin as above, sevelamer, midodrine pre-HD.
F/u: anticoag clinic 5/6, PCP 2 wks, HD unit resumes Wed.
"""),
("2021-07-13", "Dermatology Consult", """
DERMATOLOGY CONSULT - Holbrook Skin Clinic
57F, dialysis pt, insulin-treated diabetic, anticoagulated (warfarin). Referred
for painful area on belly.

HPI: since mid-June an exquisitely painful hard patch on the right lower pannus,
turning purple then black. No fever. Enoxaparin was stopped late May; she
reports giving those shots only on the left side.

Exam: R lower abdominal pannus: violaceous indurated plaque 8x6 cm, 3 cm central
black eschar, retiform edge. L lower abdomen (enoxaparin area): a few
small healed yellow bruises, soft, no induration, no necrosis. Thighs (insulin
sites): mild lipohypertrophy, no plaques.

Procedure: incisional wedge bx R pannus plaque edge.
Path (prelim, called 7/15): calciphylaxis - calcified small vessels in septae,
thrombi, fat necrosis.
A/P: calciphylaxis R lower abdomen; not at her injection sites. Warfarin ->
discuss with hematology; STS via HD; wound RN.
"""),
("2022-01-25", "Long-Term Care Insurance Benefit Eligibility Assessment", """
LONG-TERM CARE INSURANCE - BENEFIT ELIGIBILITY ASSESSMENT
In-home assessment by RN care coordinator; records reviewed by medical director.
Insured: P.V., female, 57

Diagnoses from records: end-stage kidney disease on HD; insulin-treated DM2;
right lower abdominal pannus calciphylaxis, biopsy-proven 7/2021, still
open; recurrent DVT, warfarin changed to apixaban 8/2021; obesity.

Functional status (observed):
Bathing - needs hands-on help (cannot reach wound side, pain 7/10).
Dressing - standby help for lower body.
Transferring - independent with grab bar. Toileting - independent.
Continence - continent. Eating - independent.
Cognition: intact (SLUMS 27/30).
Vitals: BP 118/64, Wt 117.7 kg, Ht 166 cm, BMI 42.7.

Determination: needs assistance with 2 of 6 ADLs (bathing, dressing) expected to
last > 90 days. Benefit eligibility: MET. Plan of care: home health aide 3 hr/day
on non-dialysis days. Reassess 6 months.
"""),
]}

C10 = {"patient_id": "C10", "age": 68, "sex": "M", "notes": [
("2021-02-02", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC
68 yo M; ESRD, dialysis TTS; HTN; prior CVA. No DM. No anticoag.

HPI: ulcer at the rear of the L calf since early January 2021. Started as a
painful firm bluish spot, opened about 2 wks later. He denies any fall, bump or
injection to the leg; no heat or ice. Pain 8/10 at night.

Exam: L posterior calf, mid: ulcer 4x3 cm, black eschar, surrounding 1 cm violaceous
retiform band, indurated. R leg clear. Pulses: DP 1+ bilat.
Vitals: BP 164/88, BMI 26.8.

Assessment: necrotic L calf ulcer in a dialysis patient; calciphylaxis the
leading dx.
Procedure: two 4mm punches at margin.
Plan: hydrocolloid, no compression; path f/u 1 wk; copy to nephrology.

Addendum 2/5/21: path - calcified vessel walls, thrombi, fat necrosis;
diagnostic for calciphylaxis. Nephrology notified, STS to start.
"""),
("2021-03-08", "Emergency Department Note", """
EMERGENCY DEPT NOTE
CC: fall on bus

68M with known calciphylaxis ulcer of the L calf (bx 2/2021, on STS with HD),
slipped on the rear steps of a city bus this afternoon as it pulled away;
the step edge hit his L posterior calf right over the dressing.
No head injury.

Vitals: BP 171/90  HR 92  SpO2 98%  T 98.2
Exam: L posterior calf dressing displaced and bloody. Existing 4x3 cm
calciphylaxis ulcer w/ eschar; new 2 cm skin tear at its inferior margin,
bleeding controlled with pressure. Small abrasion R knee. No bony tenderness.
Neuro intact.
Xray L tibia/fibula neg for fx.

Dx: fall; skin tear at margin of existing L calf ulcer; R knee abrasion.
Tx: irrigated, steri-strips to tear, nonadherent dressing. Tdap IM to L deltoid
(prior dose 2009). Wound clinic this week. Pt asks for documentation for a claim
against the transit authority.
"""),
("2021-09-15", "Independent Medical Examination (Third-Party Liability)", """
INDEPENDENT MEDICAL EXAMINATION - PERSONAL INJURY CLAIM
Requested by: counsel for Metro Transit Authority
Examinee: A.F., male, 68. Date of incident: 03/08/2021.

Claim: that the fall from the bus caused the chronic left calf wound.

Records reviewed: dermatology 2/2/2021 incl. path addendum; ED 3/8/2021; wound
clinic 3/2021-8/2021; dialysis unit notes.

Findings: the L calf ulcer began in early January 2021, about two months before
the incident, and was biopsy-proven calciphylaxis on 2/5/2021. The fall produced
a 2 cm skin tear at the inferior border of that ulcer and an abrasion of the
right knee, both
documented healed by 4/2021. Present exam: L posterior calf 3x2 cm ulcer,
granulating; right knee normal. BMI 26.5.

Opinion: the calciphylaxis ulcer pre-existed the incident and was not caused by
it. The fall caused a temporary aggravation (skin tear, healed within ~5 weeks).
Ongoing wound care is attributable to his renal disease.
"""),
]}

C11 = {"patient_id": "C11", "age": 60, "sex": "F", "notes": [
("2024-09-10", "Dermatology Consult", """
DERMATOLOGY CONSULT
60 yo F; ESRD on automated PD; insulin-using type 2 diabetic; obesity. Referred
by PD clinic.

HPI: pain in the R buttock since August 2024, then a dark patch that has slowly
enlarged. Sitting is very painful. No falls, no shots to the
buttock, no heating pad, no injury there, per pt. Insulin goes in her abdomen.

Exam: R upper inner buttock: violaceous retiform plaque 7x5 cm with a central
2 cm eschar (black), firm, very tender. L buttock, thighs clear. Abdomen:
PD exit site without drainage; no plaques.
Vitals: BP 142/80, BMI 35.5 (96.8 kg).

Assessment: likely calciphylaxis R buttock.
Procedure: punch biopsies (4mm, two) at lesion edge; histology with calcium
stains.
Plan: path f/u; pressure offloading cushion; notify nephrology.

Addendum 9/13: path - calciphylaxis (vascular calcification, thrombi, panniculitis).
"""),
("2024-09-26", "Operative Note", """
OPERATIVE NOTE - General Surgery
Date: 09/26/2024
Pre/post-op dx: calciphylaxis of right buttock with necrotic eschar and
surrounding infection.
Procedure: excisional debridement R buttock wound to subcutaneous tissue,
82 sq cm; NPWT device (wound VAC) applied.
Surgeon: O. Lindqvist, MD. Anesthesia: MAC.

Findings: under the eschar, 9x8 cm of necrotic fat, no purulence, calcified
vessels grossly visible; viable bleeding margins after excision. No fascial
involvement.
Specimens: tissue for culture and path.
EBL 30 mL. Wound VAC placed at -125 mmHg continuous, sealed with drape.
Dispo: to floor, stable.
Plan: VAC change MWF, abx per cx, STS continue IV 3x/wk.
"""),
("2024-11-19", "Wound Clinic Note", """
WOUND CLINIC - follow up
60F PD pt; calciphylaxis R buttock; excisional debridement done 9/26/24.

VAC changed by home health MWF; skin around wound showing mild maceration and
tape stripping at the drape edge, R buttock periwound. Pain 5/10, better.
STS is infused at the outpatient center through a peripheral IV placed in the L
forearm each visit.

Wound R buttock: 6.8x5.9x1.2 cm, 80% granulation, 20% yellow slough,
moderate serosanguinous drainage, no odor.
Tx today: selective sharp debridement of slough w/ curette, VAC reapplied,
periwound protected w/ skin barrier film.
Vitals: BMI 34.8.
Plan: continue NPWT, home health MWF, PD clinic aware, RTC 2 wks. Submit HBO
request to insurer per patient and surgeon.
"""),
("2025-02-07", "Utilization Review Determination - Hyperbaric Oxygen", """
UTILIZATION REVIEW DETERMINATION
Service requested: hyperbaric oxygen therapy, 40 treatments
Member: 60 y F. Requesting provider: Ridgeview Wound Center.

Summary: ESRD on peritoneal dialysis, insulin-treated type 2 diabetes, BMI 34.8.
Right buttock calciphylaxis, biopsy-proven (onset August 2024, bx 9/2024),
excisional debridement 9/26/2024, NPWT since, serial sharp debridement and
sodium thiosulfate. Wound 6.8x5.9 cm in 11/2024, 5.1x4.0 cm 1/2025.

Criteria applied: plan HBO policy; calciphylaxis is not a covered indication,
literature limited to case series.
Determination: NOT CERTIFIED. Wound is improving with current therapy.
Appeal rights enclosed. Peer-to-peer offered, not requested.
"""),
]}

C12 = {"patient_id": "C12", "age": 46, "sex": "M", "notes": [
("2017-10-17", "Hemodialysis Rounding Note", """
HD ROUNDS - Sandridge Dialysis   MWF 2nd shift
45 yo M. ESRD (FSGS), on HD since 2014, R arm graft. Prediabetic (A1c 6.1),
diet only. HTN. Warfarin for LV thrombus 2015-2016, stopped.

S: 2 wks of very painful lumps on both inner thighs, worse when walking.
Denies any injury, shots, heating pads or tight clothing. No fever.
O: BP 168/96 pre, wt 149 kg. Medial thighs both sides: multiple firm tender violaceous
subcutaneous plaques 2-4 cm across, livedo around them; biggest one, L side,
with a small dark center. 
Labs: Ca/P/PTH 10.3/8.2/1340, alb 3.4.

Imp/Plan: painful indurated plaques medial thighs - concern for calciphylaxis.
Derm ASAP. Stop calcium acetate, start sevelamer; increase cinacalcet; 
lower dialysate Ca. Counsel: avoid heat/cold packs or injections to the thighs.
"""),
("2017-11-02", "Dermatology Consult", """
DERMATOLOGY
45M on HD, referred for thigh plaques. Hx per nephrology note. Pt again denies
trauma, falls, injections, heat or ice at the thighs; says his pants are loose.

Exam: BMI 46.2. Both medial thighs: retiform purpura with indurated plaques,
largest L 6x4 cm with 1.5 cm necrotic center; R 5x3 cm, intact. Trunk,
calves clear.

Assessment: calciphylaxis of the medial thighs bilaterally (clinical diagnosis) -
classic morphology in a high-PTH HD patient. Biopsy deferred, as a biopsy
site that fails to heal would outweigh the benefit.
Plan: thiosulfate during HD; nonadherent + foam dressings; pain control.
He is to be admitted in Dec for parathyroidectomy; inpt team plans SC
heparin ppx - recommend avoiding the thighs if given, or use SCDs instead.
"""),
("2018-05-22", "Long-Term Disability Independent Medical Examination", """
INDEPENDENT MEDICAL EXAMINATION - LONG-TERM DISABILITY
Claimant: T.O., male, 46, former regional delivery driver.
Requested by: Northfield Life & Disability. Examiner: internal medicine.

Records reviewed: dialysis unit 2017-2018; dermatology 11/2017-4/2018; operative
report parathyroidectomy 12/12/2017.

History: ESRD on HD since 2014. Painful plaques of both inner thighs from
10/2017, clinically diagnosed as calciphylaxis by dermatology; no biopsy. Had
parathyroidectomy 12/2017; he declined the planned heparin shots during that
stay. Lesions improving. Past warfarin (stopped 2016). Prediabetes only.

Exam: Wt 150 kg, Ht 180 cm, BMI 46.3, class III obesity. Medial thighs: L 3x2 cm
shallow ulcer, R healed with hyperpigmented scar. Gait slow, no device.

Opinion: unable to perform his own occupation (prolonged driving, lifting 50 lb)
through at least 12/2018. Sedentary capacity with positional changes likely
once the ulcer closes.
"""),
]}

C13 = {"patient_id": "C13", "age": 59, "sex": "F", "notes": [
("2017-06-20", "Neurosurgery Postoperative Visit", """
NEUROSURGERY CLINIC - POST-OP
58 yo F, CNA at a nursing home, injured low back transferring a resident
(WC claim, DOI 1/9/2017). Failed PT/ESI. Underwent L4-5 posterior lumbar
interbody fusion 06/06/2017 via midline lumbar incision.

PMH: ESRD - hemodialysis T/Th/Sat (left arm fistula); DM2, linagliptin;
obesity; HTN.
S: back pain 4/10, leg pain resolved. Walking with a cane.
O: Midline lumbar incision ~9 cm healing well, staples removed today, no
drainage, no erythema. Strength 5/5 BLE. BMI 33.0.
XR: hardware in good position.

A/P: doing well post L4-5 fusion.
- LSO brace when up x 6 wks total
- no bending/lifting/twisting
- PT to start 8/2017
- off work, recheck 6 wks
"""),
("2017-09-26", "Dermatology Consult", """
DERMATOLOGY CONSULT
58 yo F on HD, DM2, 16 wks after lumbar fusion. Painful sore on her L buttock
since early September, not improving with mupirocin from PCP.

Exam: upper outer L buttock: necrotic 5x4 cm plaque, black eschar,
retiform purpuric margin, very tender, indurated. It lies about 9 cm below and
lateral to the lower end of the lumbar incision; the incision itself is well
healed, flat, no induration or discoloration. Brace edge does not reach
the buttock per pt and on inspection of the LSO.

Procedure: punch bx x2 of plaque edge.
Path (9/29): calciphylaxis with subcutaneous vascular calcification and
thrombi.
Assessment: calciphylaxis L buttock, separate from the surgical site.
Plan: STS via HD, wound care, offloading cushion; nephrology re PTH 890.
"""),
("2018-03-14", "Independent Medical Examination (Workers' Compensation)", """
INDEPENDENT MEDICAL EXAMINATION - WORKERS' COMPENSATION
Examinee: V.N., female, 59. DOI 01/09/2017. Accepted body part: lumbar spine.
Requested by: Harlan County Risk Pool.

Records: neurosurgery 2017-2018; operative report 06/06/2017; dermatology and
wound center 9/2017-2/2018; pathology 9/29/2017.

Question: is the left buttock calciphylaxis causally related to the work injury
or the lumbar surgery?

Exam: BMI 32.1. Lumbar incision healed. L upper outer buttock: 2x1 cm
residual ulcer.

Opinion: No. Calciphylaxis results from her ESRD and mineral bone disorder. The
lesion arose on the buttock, outside the surgical field and not at the incision
or any brace contact point, three months after surgery. It is not a compensable
consequence of the work injury. Lumbar spine: MMI 2/2018, 23% WPI (DRE, AMA
Guides 5th ed per state rule).
"""),
]}

C14 = {"patient_id": "C14", "age": 72, "sex": "M", "notes": [
("2020-01-21", "Emergency Department Note", """
ED NOTE - Willow Creek Hospital
72 yo M. ESRD (hemodialysis Mon-Wed-Fri). DM2 - linagliptin. Neuropathy.
Obesity.
CC: burn R leg

HPI: dozed off last night in the recliner, space heater roughly a foot
from his right leg. Woke with blisters on the R shin; neuropathy, so did not
feel it. No other injuries.
Vitals: BP 150/82, HR 76, T 36.8, SpO2 96%.
Exam: R anterior shin 8x5 cm partial-thickness burn, intact and ruptured
blisters, pink moist base, blanches. ~1% TBSA. Pedal pulses faint.

Dx: partial thickness thermal burn R shin.
Tx: cleansed, blisters debrided, silver sulfadiazine avoided (pt prefers),
petrolatum gauze + bulky dressing. Tetanus UTD.
Dispo: home, burn clinic f/u 3 days. Counseled on space heater distance.
"""),
("2020-03-03", "Wound and Dermatology Joint Clinic Note", """
WOUND / DERMATOLOGY JOINT CLINIC
72M on HD, DM2 (no insulin). 3 problems:

1. Lower abdominal pannus, midline and both sides: retiform purpura with two
   necrotic ulcers (4 x 3, 3x2 cm), onset early Feb. Incisional bx 2/14/20:
   calciphylaxis. Never had injections, heat or injuries at the abdomen; he
   has never used insulin or heparin shots at home.
2. R anterior shin burn from 1/20/20 space heater: 3x2 cm, granulating,
   edges epithelializing. Normal burn healing - not calciphylaxis, no purpura.
3. Left heel: stage II pressure injury, acquired on bed rest in the Feb
   admission; 1.5 cm, shallow, pink. Pressure injury, not calciphylaxis.

Vitals: BMI 31.6.
Plan: STS w/ HD; pannus - hydrofiber + foam, lift with pannus sling; shin -
petrolatum gauze weekly; heel - offloading boot, foam. RTC 2 wks.
"""),
("2020-08-18", "Skilled Nursing Level-of-Care Insurance Review", """
LEVEL OF CARE REVIEW - skilled nursing facility stay (Medicare Advantage)
Member: H.A., 72 M. Facility: Brookmere Care Center, day 28.

Records reviewed: hospital d/c 8/2020, SNF MDS, wound flow sheets, HD unit notes.

Skilled needs: daily dressing changes for pannus calciphylaxis (lower abdomen,
biopsy-proven 2/2020), now 2 ulcers 3 x 2 and 1x1 cm, granulating; IV
sodium thiosulfate at HD; PT for transfers (mod assist -> min assist).
Other skin: R shin burn scar closed 4/2020; L heel pressure injury resolved.
Weight 103 kg, BMI 31.4.

Determination: continued skilled stay certified through day 35. Expected
discharge home with home health wound care; outpatient HD continues MWF.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
