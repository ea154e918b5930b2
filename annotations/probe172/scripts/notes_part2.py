"""probe172 corpus notes, D08-D14 (grand rounds, M&M, case-report drafts and the clinics around them; all invented)."""

D08 = {"patient_id": "D08", "age": 60, "sex": "F", "notes": [
("2016-09-20", "Dermatology Consult", """
DERMATOLOGY CLINIC - urgent add-on
Ref: Dr. Pell, Northgate Dialysis

60F, hemodialysis MWF since 2013, insulin-using DM2, BMI 35.5.
HPI: painful dark spots behind both arms, there since Labor Day. Pain
"10 out of 10" at night, worse when her arm touches the chair. Daughter
Keisha does every insulin dose (Lantus at bedtime, Humalog with food),
always posterior upper arm, R or L by turns - since 2015, as the pt
can't pinch up her belly and hates thigh shots.

Exam:
 R upper arm, posterior - violaceous plaque 4x3, retiform edge,
   central dusky necrosis
 L posterior upper arm - plaque 5x6, same morphology, black center
 Abdomen, thighs, breasts without lesions. No digital ischemia.

Impression: bilateral necrotic retiform purpura of the posterior arms in a
dialysis pt - calciphylaxis suspected; also consider insulin-related
panniculitis or vasculitis.
Plan: deep incisional bx L arm today; dtr to switch insulin to abdominal
sites for now; labs (Ca/phos/PTH, ANCA, cryo).   -- Dr. H. Pradhan
"""),
("2016-10-11", "Hemodialysis Unit Progress Note", """
NORTHGATE DIALYSIS - monthly MD progress note
60F; MWF; access R upper-arm graft; EDW 92.0 kg

Derm bx (9/20, L posterior upper arm): calcium deposition in arteriolar
walls w/ intimal proliferation and thrombosis -> CALCIPHYLAXIS. Both arm
lesions are the same process per derm.
Labs 10/3: iPTH 1020 / PO4 6.9 / Ca 9.7 / Hgb 10.1 / albumin 3.2 g/dL.
Clearance: spKt/V 1.38
Tx: BFR 350, 4h, UF 2.8 L, tolerated. BP pre 160/88.
Wt 92.4 kg, BMI 35.5.

Plan:
- thiosulfate 25 g IV, last part of each HD session, >= 12 wks
- cinacalcet 30 -> 60 mg; calcitriol held; Ca-free binder (lanthanum)
- pain: Dilaudid 2 mg by mouth q4h if needed; gabapentin 100 after HD
- insulin now given into the abdomen by dtr
- wound RN to see in unit weekly; Mepilex Ag to both arms
-- Dr. Y. Pell
"""),
("2017-01-26", "Internal Medicine Grand Rounds Case Presentation", """
INTERNAL MEDICINE GRAND ROUNDS - Case presentation
"Where the needle goes: calciphylaxis at insulin injection sites"
Presenters: D. Kowalczyk, MD (PGY-2) & Dr. Yusuf Pell (nephrology)

Patient: 60-year-old woman, HD since 2013, DM2 managed with glargine plus
mealtime lispro, obesity (BMI ~35).
Since 2015 her daughter had put every insulin dose into the rear of the
upper arms. In early September 2016 (Labor Day) painful plaques arose on
the posterior surface of each upper arm, exactly where the insulin had
been going for over a year, and became necrotic.
Biopsy: calciphylaxis (9/20/2016).

Points for discussion
1. Lesion distribution mirrored the injection pattern - bilateral,
   posterior, symmetric.
2. Local trauma + fat + hyperphosphatemia + PTH > 1000.
3. Course: STS x 16 wks, cinacalcet, insulin moved to the abdomen;
   R arm healed 12/2016, L arm healing w/ granulation.
Now BMI 34.9. No new lesions at the abdominal injection sites to date.
"""),
]}

D09 = {"patient_id": "D09", "age": 45, "sex": "M", "notes": [
("2023-03-07", "Nephrology Clinic Note", """
NEPHROLOGY OUTPATIENT - Bellhaven Renal Associates
45M w/ ADPKD, ESRD, in-center HD since 2021 (R arm AVF).

S: Chronic L flank ache from a large L renal cyst complex, 3-5/10, no
hematuria. Since spring 2022 he has warmed the L flank with an electric
pad most evenings - "takes the edge off." Declines nephrectomy for now.
No other complaints. No DM, no anticoagulant ever.
O: BP 138/86, HR 76, Wt 84.2 kg, Ht 177 cm, BMI 26.8.
Abd: bilateral palpable polycystic kidneys, L > R. L flank skin intact,
no reticulated pigment.
Labs 2/28: Hgb 11.2, Ca 10.3, Phos 6.3, iPTH 960, alb 3.9.

A/P:
1. ESRD/ADPKD on HD - stable; transplant w/u in progress (living donor,
   brother being evaluated).
2. L flank pain - acetaminophen; heating pad OK if on low, with a cloth layer
   and a timer.
3. SHPT: iPTH 960 -> etelcalcetide w/ HD; lanthanum for phos.
-- Dr. Oyelowo
"""),
("2023-05-16", "Dermatology Consult", """
DERMATOLOGY CONSULT - Bellhaven
Reason: painful plaque R side

45M, ADPKD/ESRD on HD. Painful hard plaque, R flank, present since late
April, black in the center now; 8/10 pain, worse lying on that side.
His heating pad is only ever used on the L side, for cyst pain.

Exam:
- R flank, midaxillary, below the ribs / above the iliac crest: 6x7 cm
  firm plaque, retiform purpura, necrotic center 1.5 cm
- L flank (heating-pad area): skin normal, no erythema ab igne, no lesion
- skin elsewhere unremarkable

Impression: R flank - suspect calciphylaxis (HD, iPTH ~1000).
Procedure: 5 mm deep punch bx x2 at lesion edge.
Plan: path; wound: calcium alginate + foam; notify Dr Oyelowo.
-- Dr. M. Gallardo-Finch
"""),
("2023-07-11", "Nephrology Case Conference Summary", """
RENAL DIVISION CASE CONFERENCE - summary (Tuesday noon)
Case: 45M, ADPKD, 2 yrs of HD; R flank calciphylaxis, biopsy-proven

Biopsy 5/16: calcium in subcutaneous arteriolar walls, fibrin thrombi;
von Kossa stain +. Calciphylaxis confirmed.
Onset: late April 2023, R flank.
Context raised: for about a year beforehand, nightly, he had warmed his
L flank with an electric pad (cyst pain). The calciphylaxis is contralateral;
the L flank skin has stayed normal throughout. Consensus: the heating pad
is not the trigger here; not a Koebner localization.
Other factors: iPTH peaked 1120, Ca x P high, no warfarin, not obese.

Management agreed:
- STS 25 g post-HD, etelcalcetide up-titrated, surgical PTX referral
- living-donor transplant paused until wound healed
- pain team for the R flank wound
Status: lesion 5 x 5 cm, clean base, no new lesions. BMI 26.3.
"""),
]}

D10 = {"patient_id": "D10", "age": 57, "sex": "F", "notes": [
("2023-05-09", "Breast Surgery Clinic Note", """
BREAST SURGERY CLINIC - new consult
57F, ESRD, CAPD (four manual bags a day), DM2 on glipizide.
Ref by PCP for R breast mass/skin change.

HPI: since early April, a painful, firm, red-purple change in the R breast,
growing; nipple not involved; no discharge. No prior breast surgery.
Never on warfarin.
Diagnostic mammo/US 5/2: extensive arterial calcifications both breasts;
R breast LOQ skin thickening, no discrete mass. BI-RADS 4A.

Exam: BP 146/80, BMI 39.2. R breast, LOQ: an indurated, violaceous plaque
about 8 cm across, retiform edge, black eschar (2 cm) centrally, very
painful to palpate. No peau d'orange. Axillae negative. L breast normal.

Impression: r/o inflammatory breast carcinoma vs calciphylaxis vs fat
necrosis.
Procedure: US-guided 14G core bx x3 + 4 mm skin punch at plaque edge.
Plan: f/u path; notify PD nephrologist Dr. Lachance.   -- Dr. G. Thorsby
Addendum 5/12: path - calciphylaxis (vessels in the fat calcified and
thrombosed, fat necrosis). No carcinoma.
"""),
("2023-06-02", "Emergency Department Note", """
EMERGENCY DEPARTMENT - Trauma Bay 2 (Level 2 activation)
57F, restrained front-seat passenger in a T-bone MVC at ~25 mph today.
Airbags deployed. GCS 15, no LOC.

PMH: ESRD on PD, DM2, obesity, calciphylaxis of the R breast (bx 5/9/23)
on sodium thiosulfate.
Primary survey intact. Secondary: seatbelt contusion running from the
R shoulder across the R upper chest and R breast; abrasion 6 cm R breast
upper inner quadrant. The known calciphylaxis plaque in the R breast LOQ
is unchanged per pt and daughter (dressing in place).
Vitals: HR 98, BP 150/88, SpO2 98%, T 36.9.
CT chest/abd/pelvis: no rib fx, no PTX, no solid organ injury; PD fluid
in abdomen as expected.
A/P: seatbelt contusion/abrasion, chest wall pain. Acetaminophen, ice
not advised over the calciphylaxis area. PD to continue tonight.
D/c w/ return precautions.  -- Dr. U. Ekwueme
"""),
("2023-10-30", "Case Report Draft", """
DRAFT - Case report for Breast Imaging Cases (authors: Thorsby G,
Lachance P, Ngata R). Version 2, Oct 2023.
Title: Calciphylaxis of the breast mimicking inflammatory carcinoma in a
patient on peritoneal dialysis

Case presentation
A 57-year-old woman on CAPD for diabetic nephropathy (BMI 39.2, oral
agents only, never anticoagulated) reported a painful violaceous area of
the right breast beginning in early April 2023. Imaging showed diffuse
arterial calcification and skin thickening (BI-RADS 4A). Core and punch
biopsies on 5/9/2023 showed calciphylaxis without malignancy.
On 6/2/2023, a month after the biopsy, she was in a car crash and the
seatbelt bruised the same breast; the existing lesion did not change and
no new lesion formed in the bruised area.
She came to the PD unit thrice weekly for IV sodium thiosulfate and
was moved to a low-calcium PD solution; the ulcer healed by September.

Learning points: calciphylaxis belongs in the ddx of a painful breast
plaque in any dialysis pt; a core biopsy can be diagnostic.
"""),
]}

D11 = {"patient_id": "D11", "age": 66, "sex": "M", "notes": [
("2020-02-04", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT - inpatient (4 East)
Q: necrotic areas on lower abdomen, ?calciphylaxis

66M, HD Tue/Thu/Sat, DM2 (insulin), CHF; obesity cl. III, BMI 46.3.
HPI per pt/wife: lower belly skin under the pannus got hard and purple 2 wks
ago, now black in spots, pain 10/10. He injects insulin only into both
upper arms ("never in the belly, too much fat"). No heating pads, no injuries.

Exam: lower abdominal pannus, midline, spreading to both sides: retiform
purpura over ~20x9 cm, 3 black eschars (largest 6 cm), indurated; foul
maceration in the skin fold. Upper arms (where he injects): pinpoint
healed puncture marks only, soft, not purpuric.

Impression: calciphylaxis clinically (retiform purpura + necrosis in the
pannus of an obese HD pt, phos 7.8, PTH 690).
Procedure: 6 mm punch bx x2, edge of lesion, for confirmation.
Recs: gen surg eval for debridement; STS w/ HD; please, no ice packs on
the wound; silver dressings bid.   -- Dr. A. Rautenberg
"""),
("2020-02-19", "Operative Note - General Surgery", """
OPERATIVE REPORT - General Surgery
Date: 02/19/2020   Surgeon: P. Ilunga, MD

Preop dx: biopsy-proven calciphylaxis of the abdominal pannus w/ infected
necrosis (bx 2/4: calcified arterioles, thrombi, fat necrosis).
Procedure: sharp excision of necrotic pannus skin + fat, 22x10 cm, to
bleeding viable fat; NPWT placed (black foam, -125 mmHg continuous).
Findings: dry and wet necrosis of pannus fat; no fascial involvement; no
purulence tracking.
EBL 200 mL, 1 unit PRBC (Hgb 7.4 preop). Specimen to path.
Pt: HD pt (last HD 2/18), DM2, insulin, BMI 46.
Plan: bedside NPWT changes Mon/Wed/Fri; STS 25 g w/ HD; glucose per protocol,
abx per ID (pip-tazo renally dosed).
"""),
("2020-04-22", "Surgery M&M Conference Summary", """
GENERAL SURGERY MORBIDITY & MORTALITY - 4/22/2020
Case 4: death after pannus debridement for calciphylaxis

66-yo man, HD, insulin-treated DM2 (always injected in the upper arms),
BMI 46.3. Painful pannus plaques from mid-January 2020; biopsy 2/4 showed
calciphylaxis. Debridement + NPWT 2/19; two further bedside debridements.
While awaiting the first operation, a float nurse applied ice packs over
the pannus wound for pain on 2/10 (deviation from derm recs).
Course: NPWT leak, wound sepsis (Pseudomonas, Enterococcus), 3/18 ICU,
comfort care 3/24, died 3/26.

Discussion
- lesion site: lower abdominal pannus only; no trauma predated it there;
  ice, biopsies and debridements all came after, to an existing wound
- question whether early extensive debridement helps or harms in
  calciphylaxis with infection
- earlier palliative care involvement
Action items: nursing alert - neither cold nor heat over a calciphylaxis
wound; palliative consult at diagnosis.
"""),
]}

D12 = {"patient_id": "D12", "age": 48, "sex": "F", "notes": [
("2025-03-04", "Dermatology Consult", """
DERM CONSULT, outpt - Stonebridge Health
48F, lupus nephritis -> ESRD, HD M/W/F; on warfarin since a 2023 DVT.

HPI: painful firm patches on the inner thighs since early February,
both sides, now w/ dark centers. Pain 8/10, worse w/ walking.
Directly asked, she denies thigh injections, heat pads or ice, snug
garments/shapewear, falls, and any other injury to the thighs. Not
diabetic. No new meds apart from a short course of prednisone in Jan.

Exam: medial thighs, both sides: symmetric firm violaceous plaques, 7-9 cm,
edges retiform; the L one has an eschar centrally, 2 cm. Abdomen, arms,
calves spared.
Labs (HD 2/26): Ca 9.5, Phos 6.9, iPTH 540, alb 2.8, INR 2.7, C3 normal.

A: retiform purpura with necrosis, both thighs; HD; warfarin:
calciphylaxis >> lupus vasculopathy, warfarin necrosis.
P: deep wedge bx (L thigh) done; warfarin held until we talk w/
nephro/heme; wound care; f/u 1 wk.   -- Dr. S. Achterberg
"""),
("2025-03-20", "Medicine Grand Rounds Case Presentation", """
MEDICINE GRAND ROUNDS - case (PGY-3 T. Mwangi; discussant Dr. Achterberg)
"Lupus, warfarin, and the medial thigh"

48-yo woman with lupus nephritis-related ESRD on HD, DVT 2023 on warfarin,
BMI just under 30. Since early February 2025, painful symmetric plaques on
the inner thighs; she denies any injection, heat, cold or injury there.
Wedge biopsy (3/4): subcutaneous arterioles calcified and thrombosed, a
panniculitis, von Kossa +, no vasculitis -> calciphylaxis.

Discussion
- risk factors: warfarin, low albumin, steroid burst, hyperphosphatemia,
  female sex, SLE
- warfarin stopped; hematology agreed: apixaban, 2.5 mg BID
- if SC heparin is ever needed for DVT ppx on admission, the plan is to
  inject the arms, not the thighs
- avoid compression garments over the thighs
- thiosulfate 25 g three times a week with HD; sevelamer increased
Question to audience: role of hyperbaric O2 for proximal lesions?
"""),
("2025-05-27", "Hemodialysis Rounding Note", """
HD ROUNDING NOTE - Stonebridge Dialysis, shift 2, station 9
48F, HD MWF 3.75h via L AVF. EDW 79.0 kg.

Calciphylaxis bilat medial thighs (bx 3/4): improving. Pain 3/10.
R thigh plaque softer, no ulcer. L thigh eschar lifting, 1.5 cm base
w/ granulation (wound RN photo in chart).
Meds: thiosulfate 25 g IV after HD (wk 11/12), apixaban 2.5 bid
(warfarin off since 3/4), sevelamer 1600 tid, cinacalcet 60, HCQ 200.
Tx today: BP 134/76 -> 120/70, UF 2.1 L, no cramps, BFR 400.
Labs 5/21: iPTH 390 / PO4 5.2 / Ca 9.1 / Hgb 10.8 / albumin 3.2
Scale 79.6 kg -> BMI 29.9 (upper end of overweight).

Plan:
- complete STS course 6/2, then reassess
- continue apixaban, no warfarin
- derm f/u 6/10
-- K. Osei, MD
"""),
]}

D13 = {"patient_id": "D13", "age": 70, "sex": "M", "notes": [
("2018-04-10", "Hemodialysis Rounding Note", """
HD ROUNDS - Kestrel Valley Dialysis
70M, dialyzing MWF since 2014 (L arm fistula). DM2 x 25 yrs, injects
insulin (glargine 24 u + sliding lispro) into his lower abdomen below
the umbilicus, both sides, rotating. No anticoagulant.

S: ~1 wk of a new painful patch on his L side, "like a burn".
O: BP 168/90 -> 142/78 post. Wt 98.6 kg, BMI 32.4 (obese).
L flank: 4 cm tender purpuric patch, indurated. Infraumbilical abdomen
(insulin area): lipohypertrophy only, no purpura.
Labs 4/2: Ca 10.0, Phos 7.1, iPTH 1210, alb 3.3, Hgb 10.0.
A/P:
- L flank lesion - concerning for calciphylaxis; urgent derm referral
- SHPT poorly controlled: cinacalcet 60 -> 90; discuss PTX
- binder: change calcium acetate -> sevelamer
-- Dr. E. Abernathy
"""),
("2018-04-24", "Dermatology Consult", """
DERMATOLOGY CONSULT
70M, HD, DM2 on insulin, obese.

HPI: painful purple-black area L side x ~3 wks, spreading.
Exam: L flank at the waist, posterior axillary line: retiform purpura
8x5 cm with an eschar of 2 cm, firm, tender.
His insulin injection area (infraumbilical abdomen, L and R of midline)
was examined closely: lipohypertrophy, no purpura, no induration. The
flank lesion begins about 12 cm lateral to the edge of the injection zone,
with normal skin between.

Impression: calciphylaxis (clinical); bx to confirm.
Procedure: deep punch bx x2 (L flank).
Recs: STS w/ HD, Ca-free binder, wound care (alginate/foam), pain control,
keep injecting in the usual abdominal area (unaffected).
-- Dr. L. Haugland
Path 4/27: calciphylaxis - arteriolar calcification, thrombosis.
"""),
("2018-06-14", "Nephrology Grand Rounds Case Presentation", """
NEPHROLOGY GRAND ROUNDS - case 1 of 2
"A flank lesion in an insulin user: Koebner or not?"
Presenter: Dr. Ewan Abernathy

70-yo man, HD since 2014, DM2 on insulin x 10 yrs, BMI 32.4, iPTH 1210.
Biopsy-proven calciphylaxis (4/24/2018) of the L flank, onset early April.
Insulin is injected only into the infraumbilical abdomen, which has
lipohypertrophy but no lesion; the flank plaque is separated from it by a
hand's breadth of normal skin.

Discussant comments (Dr. Haugland): this is a different anatomic region
from the injection sites; the distribution is the typical truncal fat
distribution, not an injection-site pattern.
Course: STS x 10 wks, cinacalcet, then subtotal PTX 5/30/2018; the flank
wound is 3 x 2 cm and clean today.
Take-home: document injection sites carefully; adjacency is not identity.
"""),
]}

D14 = {"patient_id": "D14", "age": 62, "sex": "F", "notes": [
("2021-11-09", "Hospital Medicine Progress Note", """
HOSPITALIST PROGRESS NOTE - hospital day 6, Ward 5B
62F, ESRD on HD (TTS), admitted 11/3 w/ RLL pneumonia, 2 ICU days.

S: breathing better. Pain in both calves, "the same as before I came in".
O: afebrile (37.0), 88, 118/64, 95% on 2 L NC. 56 kg, BMI 22.3.
Skin (w/ RN):
 - both calves: purpuric, firm, exquisitely tender plaques w/ ulceration,
   present on admission (pt says since October)
 - R heel: new PI, stage 2, 2x2 cm, acquired lying in the ICU
 - L forearm: 3 cm tear of the skin - IV dressing tape pulled off 11/6
Lungs: few crackles RLL.
A/P:
1. CAP - improving, day 6 ceftriaxone -> switch po
2. Calf ulcers - ?calciphylaxis vs arterial; derm consult placed
3. R heel PI - heel offloading boots, q2h turns
4. L forearm skin tear - steri-strips, silicone tape only
5. ESRD - renal plans HD tomorrow
"""),
("2021-11-12", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT - Ward 5B
62F, HD pt, not diabetic, no warfarin, BMI 22.

Bilateral calves: multiple 2-6 cm indurated plaques with retiform
purpura; on the R posterior calf a 3 cm ulcer w/ eschar; on the L lateral
calf two smaller ulcers. Pt reports onset in October, no injury to legs,
no injections or heat there. Pulses: DP 1+ bilat, ABI 0.9 (vessels
compressible).
Bx: 2 deep punch bx (R calf). Prelim read 11/15: small-vessel mural
calcification + thrombus, necrotic fat -> calciphylaxis.

Other wounds reviewed at the team's request:
- R heel: a pressure injury, stage 2, not calciphylaxis (no retiform edge)
- L forearm: a medical-adhesive-related skin tear, not calciphylaxis
Recs: STS w/ HD, cinacalcet, low-Ca bath; leg wounds: petrolatum + foam;
no compression wraps.   -- Dr. O. Brennan-Kaur
"""),
("2022-01-19", "Hospital Medicine M&M Conference Summary", """
HOSPITAL MEDICINE M&M - January 2022 (summary for QI minutes)
Case: hospital-acquired heel pressure injury in an HD pt with calciphylaxis

62-yo woman, ESRD on HD, BMI 22.3, admitted 11/2021 for pneumonia.
Known painful calf lesions since October 2021; biopsy 11/12 confirmed
calciphylaxis of both calves. No trauma to the legs preceded them.
Hospital events:
- R heel PI (stage 2) after 2 ICU days without heel offloading
- L forearm skin tear from IV tape removal
Both of these were judged by derm to be ordinary wounds, not calciphylaxis,
and both healed by discharge.

Discussion
- pain from calf lesions limited repositioning, raising heel risk
- calciphylaxis pts need a pressure-injury bundle on ICU admission
- silicone-based tape for fragile skin
Outcome: discharged 11/22; calves improving on STS at 8 wks.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
