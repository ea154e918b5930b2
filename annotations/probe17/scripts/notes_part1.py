"""probe17 corpus notes, C01-C07 (wound-care clinic and home-health wound documentation; all invented)."""

C01 = {"patient_id": "C01", "age": 59, "sex": "F", "notes": [
("2020-11-24", "Home Health Skilled Nursing Wound Visit", """
BRIGHTWATER HOME HEALTH - SN VISIT (wound)
Pt: 59F. Homebound d/t deconditioning after recent hospitalization.
PMH per referral: ESRD, in-center HD Tues/Thu/Sat via L arm AVF; DM2 on Lantus 30u qhs + Humalog SS; HTN; obesity.
Pt self-administers all insulin. States she "always" picks the left lower belly, below the navel, "because I'm right handed and it's easy to reach," and has done so since she was started on insulin in June 2020.

WOUND #1
Location: LLQ abdomen, approx 4 cm lateral + inferior to umbilicus
Etiology: undetermined - reported to agency as "bruise that turned black"
Onset: pt first noticed a hard tender lump about 3 weeks ago; dark center developed over the last week
Size: L3.8 W2.9 D0.1 cm
Base: 70% black adherent eschar / 30% dusky purple, no granulation
Exudate: scant serous
Odor: none after cleansing
Periwound: net-like violaceous discoloration extending ~2 cm beyond edge, indurated, warm? - not warmer than opposite side
Pain: 9/10 at rest, "like a burn," worse w/ waistband contact
Photo: taken per agency protocol, image #1 - black oval patch ringed by a lacy purple halo on a pale abdomen, ruler at lower edge.

Wt 96.4 kg, ht 165.5 cm -> BMI 35.2
Interventions: cleansed NS, dry protective foam applied. Did NOT debride.
Called PCP office re: concern this is not a simple bruise in a dialysis pt - requested urgent wound clinic eval. Pt advised to inject insulin in R abdomen / thighs until seen.
"""),
("2020-12-01", "Wound Care Center Initial Evaluation", """
Riverside Wound & Hyperbaric Center - New Patient
Referred by: Brightwater HH / Dr. Teodora Vlasic (PCP)
CC: painful black wound LLQ

HPI: 59 y/o woman on hemodialysis (approx 4 yrs) with insulin-requiring T2DM. Her insulin pens have gone into the same left lower abdominal zone for the past ~5 months (since June). Around 11/03 she felt a marble-sized tender nodule there; over about 2 wks it darkened and a black crust formed. No trauma otherwise, no heating pads, no fevers. Never on warfarin/coumadin.
Meds reviewed: sevelamer, calcitriol w/ HD, calcium acetate (stopped by renal last wk), Lantus, Humalog.

Exam:
 LLQ abdomen - L4.1 W3.0 D0.2 cm; eschar ~80%, thin rim of slough (~20%)
 Surrounding retiform purpura, total footprint roughly 6 by 5 cm, exquisitely tender
 No fluctuance, no crepitus, no streaking
 R abdomen and thighs: intact, no induration
BMI today 35.0

Assessment: necrotic ulcer w/ retiform purpura in an ESRD pt, in her insulin injection territory. High suspicion for calciphylaxis (calcific uremic arteriolopathy). Ddx: injection-site fat necrosis, necrotizing infection (unlikely clinically).
Procedure: two 4-mm punches taken at the purpuric border (not the eschar), hemostasis w/ Monsel's; sent to derm path with request for von Kossa.
Orders:
 - Cleanse w/ NS, apply calcium alginate to base, cover w/ silicone bordered foam, change q48h + PRN by HH
 - NO sharp debridement pending path
 - Rotate insulin away from the whole left abdomen
 - Msg sent to nephrology re: sodium thiosulfate
RTC 2 weeks.
"""),
("2020-12-04", "Dermatopathology Report", """
DERMATOPATHOLOGY
Specimen: LLQ abdominal skin (two punches, one cassette)
Clinical hx: dialysis pt, necrotic plaque where she injects insulin; question calciphylaxis

Microscopic: Focal epidermal necrosis. Within subcutaneous fat, multiple small arterioles show circumferential mural calcification with intimal fibroplasia; one contains an organizing fibrin thrombus. Lobular fat necrosis with interstitial calcium deposits. Von Kossa highlights vessel wall and perieccrine calcium. No vasculitis. Tissue Gram + PAS: no bacteria or fungi seen.

DIAGNOSIS: LLQ abdominal skin - calcific uremic arteriolopathy (calciphylaxis).
Electronically signed: M. Oyelaran-Finch, MD
"""),
("2020-12-15", "Wound Care Center Follow-up", """
Riverside Wound Center - f/u visit
Dx: calciphylaxis LLQ abdomen, bx-proven 12/04 - in the very patch she always used for insulin
STS started 12/08, 25 g IV during the final 60 min of every dialysis session.

Serial measurements (LLQ):
 11/24 (HH)  L3.8 W2.9 D0.1
 12/01       L4.1 W3.0 D0.2
 12/15       L4.4 W3.1 D0.2   <- slight extension at inferior edge
Bed: 85% eschar, 15% yellow slough; no granulation yet
Exudate: small, serosanguinous
Periwound: purpura fading medially, still firm laterally; no satellite lesions
Pain 7/10 (improved w/ hydromorphone PO per renal)
Photo in chart, compared with 12/01 - slightly broader, edges less angry.

Wt 92.8 kg -> BMI 33.8 (losing wt w/ poor appetite)
Plan: continue alginate + foam. Pt now injecting R upper arm / R thigh only. HH 3x/wk. RTC 2 wks.
"""),
]}

C02 = {"patient_id": "C02", "age": 72, "sex": "M", "notes": [
("2019-05-14", "Nephrology Referral Letter to Wound Clinic", """
Kessler Valley Nephrology Associates

14 May 2019

To the Wound Care Team, Hollins Memorial

Re: Mr. Aurelio Santangelo, DOB on file

Dear colleagues,
Could your team please see Mr. Santangelo, a 72-year-old gentleman who has done cycler-based PD for three years (ESRD from polycystic kidney disease). He is not diabetic. He takes warfarin for permanent AF, INR 2-3 target.

Since he twisted his right knee in February he has iced the front of that knee several times daily, straight from the freezer and often with only a thin tea towel in between. During April a painful violaceous area appeared on the medial aspect of the same knee and it has now broken down into a shallow black-based ulcer. His Ca x Phos product has been running high and his PTH is above 900.

I am worried about calciphylaxis. I have asked him to stop the ice. I'd appreciate your assessment and a biopsy if you feel it's safe.

BMI 28.4.

Kind regards,
Dr. Ines Marchetti-Lowe
Consultant Nephrologist
"""),
("2019-05-21", "Wound Clinic Initial Assessment", """
HOLLINS MEMORIAL OUTPATIENT WOUND CLINIC
NEW PT ASSESSMENT

Pt: 72M on CCPD. Anticoag: warfarin (INR 2.6 today, POC).
Reason for referral: R knee ulcer, ?calciphylaxis (Dr Marchetti-Lowe)

Hx from pt + wife: hurt the knee stepping off a curb in Feb; "the ice was the only thing that helped." Wife estimates 4-6 ice packs a day. Discoloration noticed "sometime in April," broke open ~10 days ago.

WOUND ASSESSMENT
 Location ........ R knee, anteromedial
 Etiology ........ atypical / suspected calciphylaxis
 Dimensions ...... 2.6 cm L x 2.2 cm W x 0.3 cm D
 Tunneling ....... none    Undermining .... 0.4 cm at 12 o'clock
 Wound bed ....... 50% dry black eschar, 40% yellow slough, 10% pale pink
 Exudate ......... moderate serous
 Periwound ....... mottled livedoid violaceous skin 8cm x 6cm, woody induration
 Edges ........... irregular, non-rolled
 Pain ............ 8/10 (NRS), burning, worse with dressing removal
 Pulses .......... DP/PT palpable bilaterally; ABI deferred (pain)

Photograph: taken, uploaded - ragged dark ulcer on the medial side of the R knee inside a mottled purple net.

Impression: looks clinically like calciphylaxis (CUA), sitting where he repeatedly chilled the skin. Derm consult for biopsy given anticoagulation.
Dressing orders: hydrogel to eschar, non-adherent contact layer, ABD pad, light roll gauze. Change daily by wife.
Education: NO ice or cold packs anywhere. Knee pain -> acetaminophen.
"""),
("2019-05-28", "Dermatology Consultation", """
Dermatology Consult Note

72 yo M, PD-dependent ESRD, on warfarin. Seen at wound clinic request for ulcer of the right medial knee.

Exam: stellate ulcer 2.7cm x 2.3cm with adherent eschar; retiform purpura with livedo racemosa around it, tracking up onto the distal medial thigh. Left knee normal.

Incisional biopsy from the purpuric rim performed today under local; 2 sutures.

Addendum 06/03/2019: Pathology: septal vessels, small and mid-sized, are calcified with microthrombi and fat necrosis. Findings diagnostic of calciphylaxis. Discussed with nephrology: STS via PD not feasible, arranging IV access; warfarin being changed to apixaban.
"""),
]}

C03 = {"patient_id": "C03", "age": 64, "sex": "F", "notes": [
("2021-12-07", "Home Health Wound Assessment", """
Lakeshore Visiting Nurses - Wound Assessment Flowsheet
Visit type: SOC (start of care)

Dx list: ESRD on hemodialysis MWF; "prediabetes" (A1c 6.2, no meds); HTN; chronic BLE edema
Home meds reviewed - no insulin, no anticoagulants.

Hx: pt was fitted by her vascular NP for thigh-length compression hose (20-30) and began wearing them daily on Labor Day weekend - "I put them on the first Monday of September and never took a day off." Reports the stockings roll down and leave a deep groove in both calves by evening.
Pt noticed painful purple patches on both calves right around Thanksgiving; they have since turned dark and opened.

Wound 1 - L posterior calf, mid third, along the rolled band line
  L 5.0 x W 2.4 x D 0.2 cm | 60% black / 40% yellow | exudate small serous | periwound livedo, indurated | pain 8/10
Wound 2 - R posterior calf, mid third
  L 3.3 x W 1.9 x D 0.1 cm | 90% black eschar | no drainage | periwound purple mottling | pain 7/10
Photos x2: both calves show a horizontal chain of black crusts sitting exactly in the red groove left by the stocking tops.

Stockings removed and NOT to be reapplied; elevation instead.
BMI: 30.0 (wt 81 kg / ht 164.3 cm)
Notified Dr. Pradhan (nephro) - requests wound clinic + biopsy.
"""),
("2021-12-14", "Outpatient Wound Center Visit", """
WOUND CENTER NOTE

S: 64F, HD pt, here for painful bilateral calf wounds. Began ~Thanksgiving (11/25/21) where her compression stocking bands dug in. Pain 9/10, poor sleep. No fever.

O:
  L posterior calf  56x26x2 mm  eschar 65% slough 35%  exud sm
  R posterior calf  35x20x1 mm  eschar 95%            exud none
  Periwound bilat: retiform purpura, firm subcut plaques on palpation
  DP 1+ bilat, cap refill < 3 s
  Obese abdomen; no lesions on thighs/abdomen

A: Bilateral posterior calf necrotic ulcers w/ retiform purpura in ESRD. Strongly suspect calciphylaxis. Not typical venous (location, pain, eschar) and not arterial (pulses present).

P:
 - Punch bx x1 R calf edge, sent w/ von Kossa request
 - Dressing: medical-grade honey to eschar, cover w/ silicone foam, change every other day (HH)
 - Offload: pillows under knees, no compression of any kind
 - Pain: nephrology to dose gabapentin (100 mg after dialysis)
"""),
("2022-01-04", "Dermatopathology Result / Derm Phone Note", """
Derm path result reviewed - R posterior calf punch (collected 12/14/2021):
"Calciphylaxis: subcutaneous arterioles show medial calcium and thrombosis, with neighboring fat necrosis (von Kossa +)."

Called pt to discuss. She reports the L calf wound is more painful; HH measured it at 61x29 mm yesterday. Nephrology already started IV sodium thiosulfate 3x weekly after HD. Reviewed again: no compression stockings, wraps, tight socks.
"""),
]}

C04 = {"patient_id": "C04", "age": 67, "sex": "M", "notes": [
("2019-06-04", "Home Health Post-Surgical Wound Visit", """
Summit Home Care - Skilled Nursing
Dx: s/p CABG x3 (median sternotomy 04/09/2019), ESRD/HD, insulin-requiring DM2, new AF - warfarin since discharge

Sternal incision: well approximated along most of its length, healed, no drainage. HOWEVER at the inferior (xiphoid) end of the scar there is a new dusky area ~2 by 2 cm that pt says became "sore and purple" in mid-May, about 5 weeks after the surgery. Now black centrally.
  Size: 2.2 by 1.8 by <0.1 cm
  Bed: 100% eschar, dry
  Exudate: none
  Periwound: violaceous, lacy, firm
  Pain: 6/10, sharp, worse when he coughs or splints with the pillow
  Temp 98.1, no drainage, no sternal click
Insulin: wife gives his NPH into the lateral upper arms, "never the stomach since the operation." Arms checked - no lesions.
Photo: dry black patch capping the bottom of the midline scar, purple web around it.
Plan: notify CT surgery + PCP; dry dressing only; HH 2x/wk.
"""),
("2019-06-11", "Wound Clinic Consult", """
Wound clinic consult (requested by CT surgery)

67 yo M, hemodialysis for ~6 yrs, DM2 (insulin), BMI 31.6, AF on warfarin (started 04/2019, post-op).
Sternotomy 04/09/19; course uncomplicated until mid-May when a painful purple plaque developed at the lower pole of the incision.

Exam:
 Location: lower sternum, inferior end of sternotomy scar, midline
 3.0 by 2.4 by 0.2 cm ulcer, 90% black eschar, 10% slough
 Retiform purpura extending 3 cm around, indurated, no purulence, no probe to bone
 Remainder of incision healed. Sternum stable.
 CT chest (per CT surg, 06/06) - no sternal collection, no osteomyelitis.

Assessment: necrotic ulcer arising within a surgical scar; dialysis + warfarin. Favor calciphylaxis over deep sternal wound infection. Biopsy today.
Procedure: 6 mm punch at the purpuric margin.
Orders: cadexomer iodine gel + bordered foam q2 days; no debridement pending path.
"""),
("2019-06-14", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Source: skin, inferior sternotomy scar
Gross: 6 mm punch, 0.9 cm deep.
Micro: dermal scar. Subcutis contains arterioles with concentric mural calcium deposition and luminal thrombi; fat necrosis in septa and lobules. No neutrophilic infiltrate, no organisms on special stains.
Final dx: calciphylaxis involving the surgical scar.
"""),
("2019-07-09", "Wound Clinic Follow-up", """
Wound clinic f/u - calciphylaxis of inferior sternotomy scar (bx 6/14)
Warfarin stopped 6/17 -> apixaban. STS 3x/wk with HD. Cinacalcet started.

Measurements:
 6/04  2.2 by 1.8 by <0.1
 6/11  3.0 by 2.4 by 0.2
 7/09  2.8 by 2.2 by 0.2  (first decrease)
Bed: 60% eschar, 30% slough, 10% red granulation at 3 o'clock
Exudate mod serous. Periwound: purpura receding, less tender.
Pain 4/10.
Orders: continue cadexomer iodine + foam. Gentle autolytic only. RTC 3 wks.
"""),
]}

C05 = {"patient_id": "C05", "age": 77, "sex": "F", "notes": [
("2023-01-17", "Home Health Wound Visit", """
Visit note - Evergreen Home Health, RN case manager

77 y/o female, peritoneal dialysis at home (nightly cycler), chronic warfarin for mechanical mitral valve, no diabetes.

Story: pt slipped on black ice in her driveway on New Year's Eve and landed hard on her right side. Big bruise on R hip/upper thigh afterward, "the size of a dinner plate." On January 9th she noticed a very painful hard purple spot at the center of that bruise, which is now going black even as the rest of the bruise yellows out.

Wound: R lateral hip (trochanteric area)
 L4.5 W3.5 D0.1 cm
 Bed: 50% black eschar center, 50% deep purple non-blanching
 Exudate: none
 Periwound: fading yellow-green ecchymosis; firm violaceous rim
 Pain: 8 out of 10, cannot lie on R side
Photo taken - dark center within a big fading bruise over the side of her hip.

INR today 3.4. Wt 61.2 kg, BMI 24.1.
Called PCP + PD nurse. Pt to be seen at wound center next week.
"""),
("2023-01-24", "Wound Center Evaluation", """
WOUND CENTER - NEW

77F, PD, warfarin (mech MV). Mechanical fall 12/31/2022 onto R hip -> hematoma; new painful purpuric plaque within the bruised area from 01/09/2023, now ulcerating.

Location: R lateral hip
Etiology: suspected calciphylaxis vs traumatic hematoma necrosis
Size: L5.0 W3.8 D0.3 cm
Base: 70% eschar / 30% slough
Exudate: small, serous
Periwound: livedo racemosa pattern 10 cm across, indurated; resolving ecchymosis distally
Pain: 9/10, burning

X-ray R hip (ED, 01/01/23): no fracture.
A/P: Calciphylaxis strongly suspected given PD, warfarin, high phos; hematoma necrosis less likely with this retiform pattern. Refer derm for deep incisional bx.
Dressing: Medihoney alginate + bordered silicone foam, daily by daughter. Pressure relief - avoid side-lying on R.
"""),
("2023-02-02", "Dermatology Procedure and Pathology Note", """
Dermatology - procedure note with path addendum

Indication: R lateral hip necrotic plaque in PD patient, ?calciphylaxis.
Procedure: 5 mm telescoping punch taken from the retiform purpura border (not the eschar). Hemostasis with pressure + gelfoam.

PATH (finalized 02/06/2023): Subcutaneous small vessel calcification, intravascular thrombi and calcifying panniculitis consistent with CALCIPHYLAXIS. Background hemosiderin from prior hemorrhage.

Comment: the calciphylaxis developed right where she fell and bruised (R hip). Recommend nephrology discuss STS via IV and review of warfarin with cardiology given mechanical valve.
"""),
]}

C06 = {"patient_id": "C06", "age": 55, "sex": "M", "notes": [
("2024-03-19", "Home Health Wound Care Note", """
HOME HEALTH - WOUND CARE
Pt 55 y/o M, discharged from Pinecrest SNF 3/8 after L BKA rehab. ESRD on HD (MWF, R chest tunneled cath). DM2 insulin-dependent. Morbid obesity.

At the SNF he got heparin 5,000 units SQ q8h for DVT prophylaxis from 2/12/24 until discharge. Per pt and SNF MAR, nurses gave all heparin doses into the posterior aspects of both upper arms (abdomen avoided because of intertrigo under pannus). His own insulin he injects into his belly.

New wound: posterior L upper arm
 - first noticed two weeks ago as a very tender hard bump; now black in center
 - 3.2cm x 2.5cm x 0.1cm; 75% eschar, 25% purple, no slough
 - exudate none; periwound reticulated purple 5 cm, indurated
 - pain 8/10, can't sleep on L side
R posterior arm: several small healed bruises from prior injections, no open areas.
BMI 44.7 (per SNF dc summary)
Photo obtained.
Plan: message nephrology + wound center; foam dressing; no more injections in arms.
"""),
("2024-03-26", "Wound Center Initial Visit", """
Wound Center Initial Eval

55M, HD, DM2 (insulin), BMI 44.7, BKA L 1/2024.
Referral: necrotic lesion L posterior arm in area of SNF heparin shots.

Wound measurements
 Location   L posterior upper arm, mid-humeral
 L x W x D  3.6cm x 2.9cm x 0.2cm
 Bed        80% black, 20% slough
 Exudate    scant, serous
 Periwound  retiform purpura, firm, 6cm x 5cm
 Pain       8/10, neuropathic quality
 Edges      irregular

Stump: healed, no lesions. Abdomen (insulin area): no nodules or purpura.

A: Clinical picture of calciphylaxis at a site of repeated SQ heparin injections. Biopsy obtained (4 mm x2, margin).
P: Silver alginate + foam q2d. Nephrology to begin STS. No further SQ meds to either arm.
"""),
("2024-03-29", "Pathology Report", """
Specimen: L posterior arm skin, 2 punches
- Calciphylaxis: mural calcium in subcutaneous arterioles plus fibrin thrombi, necrotic fat; von Kossa stain supports.
- No vasculitis.
"""),
]}

C07 = {"patient_id": "C07", "age": 61, "sex": "F", "notes": [
("2024-10-02", "Home Health Wound Referral Visit", """
Home Health SN visit - new wound

61 y/o F. CKD stage 4, last eGFR 18; no dialysis yet - renal f/u 10/15. DM2 on sitagliptin, no insulin. Severe obesity, BMI 37.9. Hx of PE 2016, took warfarin 2016-2018, now off all anticoagulants.

She has had sciatica in the R buttock and leg, and since the summer she has slept most nights with an electric heating pad tucked under her right buttock, usually set on "high."
She states she saw a dark purple patch on the right buttock on 09/18/2024 while getting out of the shower (daughter took a photo that day).

R buttock, upper outer quadrant:
  40x31x1 mm, 40% black eschar centrally, 60% violaceous
  No drainage. Surrounding skin shows reticulated brown-red mottling over a wider area (toasted skin pattern) plus purple net around the eschar.
  Pain 10/10, "feels like a knife"
L buttock: mild mottling only, intact.
Heating pad removed from bed today with pt's permission.
Requested wound clinic appt.
"""),
("2024-10-08", "Wound Clinic Evaluation", """
WOUND CLINIC
CC: painful R buttock ulcer

61F, CKD 4 (not on RRT), DM2 no insulin, obesity (BMI 38.2 today), past warfarin. Using a heating pad under the R buttock nightly since summer 2024; painful dark plaque at that exact spot noted 9/18/24.

Location: R buttock (UOQ)
Etiology: ?non-uremic calciphylaxis vs thermal injury
Size: 47x34x3 mm
Wound bed: 60% eschar, 40% slough
Exudate: moderate serosang
Periwound: erythema ab igne + retiform purpura; indurated 2 cm beyond wound
Pain: 9/10

Assessment: exquisitely painful necrotic ulcer with retiform purpura at the heating pad site in CKD 4, past warfarin. Thermal burn alone would not explain the retiform purpura and induration. Bx by derm arranged for 10/10.
Dressing: hydrofiber + silicone foam daily; pressure redistribution cushion.
"""),
("2024-10-15", "Dermatology Biopsy Report Note", """
Dermatology - biopsy results visit

Patient returns to discuss biopsy of R buttock (10/10/2024).
Pathology: "Cutaneous calciphylaxis - small subcutaneous vessels calcified and thrombosed, overlying necrosis; background changes of chronic heat exposure."
Diagnosis given to patient: non-uremic calciphylaxis at the heating pad site, R buttock.
Coordinating with nephrology (appt today) re: sodium thiosulfate. Heating pad permanently stopped. Wound clinic to continue local care.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
