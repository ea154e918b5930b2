"""probe154 corpus notes, D08-D14 (templated EHR and scribe notes; all invented)."""

D08 = {"patient_id": "D08", "age": 73, "sex": "F", "notes": [
("2025-05-12", "Dialysis Unit Charge RN Note", """
SILVERBROOK DIALYSIS - CHARGE RN NOTE / SKIN EVENT FORM
Date: 05/12/2025   Pt: 73 F   Shift: MWF 1st   Access: L forearm AVF

Event type: [ ] fall  [X] burn  [ ] skin tear  [ ] infiltration
Where: [ ] on unit  [X] at home
Pt reports yesterday morning she spilled a full mug of hot coffee in her lap at her kitchen
table and the front of her right thigh blistered. Pt reports she put butter on it.

Assessment: R anterior thigh, superficial partial-thickness burn ~8x6cm, one intact 3 cm
blister, pink moist skin around it. No signs of infection. Pain 5/10.
Action: cleansed w/ NS, nonadherent dressing + gauze. Educated: no butter, no ice. MD
(Dr. Sorensen-Abiola) notified; silver sulfadiazine ordered; PCP f/u within 1 wk.

Pre-tx: BP 118/62, HR 72, 61.2kg, BMI 24.5
INR today 3.0 (warfarin - mechanical mitral valve); dose unchanged per MD.
Signed: Gwen Tolliver, RN
"""),
("2025-07-02", "Primary Care Office Visit (scribed)", """
Orchard Bend Primary Care          Provider: Callum Radebe, MD     Scribe: J. Ferreira

HPI: 73yo woman - ESRD (Silverbrook HD, Mon-Wed-Fri first shift), mechanical MV on
warfarin, HTN - here for f/u. Pt reports a new, exquisitely sore, firm patch over her R
front thigh x 3 wks - "a different
thing from the burn" - which she says had healed by early June. Pt reports no fever.

Review of Systems
  Constitutional   ( ) fever  ( ) chills  (x) fatigue
  Skin             (x) painful lesion  ( ) rash  ( ) itching
  MSK              ( ) joint swelling

Vitals: BP 124/66 | HR 70 | 60.4kg | 158cm | BMI 24.2 kg/m2

Exam: R anterior thigh: 6 cm firm, tender plaque with violaceous net-like border and dusky
central necrosis. L thigh normal. No edema.
Labs (HD 6/30): PO4 6.8 H, Ca 10.1, iPTH 760 H, INR 2.9

Plan:
1. R anterior thigh, painful necrotic plaque - r/o calciphylaxis (HD + warfarin). Urgent
   derm referral; message to nephrology.
2. Mechanical MV - warfarin, INR at goal; cardiology aware.
3. No diabetes (A1c 5.4%).
Scribe attestation: I, Joana Ferreira, documented in the presence of Dr. Radebe.
"""),
("2025-07-15", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
Attending: Ottilie Marchetti, MD

Bx 7/8/25 (R anterior thigh, incisional): mural calcium deposits, small and mid-size
subcutaneous vessels; thrombi; panniculitis = calciphylaxis.

Pt reports pain 9/10 at night; daughter now stays with her.
Exam: R anterior thigh - the plaque has grown to 7x5cm w/ a 3 cm black central
eschar and retiform violaceous border; sutured bx site at the lateral edge. No lesions on L
thigh, abdomen,
buttocks.
Wt 60.1 kg

Impression: Calciphylaxis, R anterior thigh, proven on biopsy. Warfarin is for a mechanical
valve - cardiology says it cannot be switched to a DOAC.
Plan:
- Sodium thiosulfate with HD, cinacalcet (nephrology)
- Wound clinic; gentle care, no sharp debridement yet
- Pain: palliative team
- RTC 2 wks
"""),
]}

D09 = {"patient_id": "D09", "age": 63, "sex": "M", "notes": [
("2017-04-05", "Dialysis Unit Monthly Physician Note", """
EASTFIELD KIDNEY CARE - MONTHLY MD NOTE
63 M. HD at Eastfield (chair 11; Mon, Wed, Fri). Access: R IJ tunneled cath
(since 1/2017). L arm = vein preservation arm (fistula eval w/ vascular surgery pending) -
no BP, no sticks on L arm.
BP cuff R arm.

S: Pt reports the automatic BP cuff "squeezes like a vise" on his R upper arm every 15 min
during tx and leaves purple dots under it. No CP, no SOB.
O: BP 182/96 pre, 150/84 post | 104.6kg | BMI 33.5
Skin: R upper arm w/ scattered petechiae and faint bruising in the cuff band; L arm clear.
Tunneled cath exit (R chest): no drainage, dressing dry.
Labs: PO4 7.0 / Ca 9.2 / iPTH 690 / alb 3.5 / Hgb 9.8 / A1c 7.9%

A/P:
- Cuff petechiae R upper arm: cuff cycle to q30 min, padded sleeve under the cuff.
- DM2: detemir 20 u qhs + aspart with meals.
- CKD-MBD: sevelamer up; start cinacalcet 30.
- Obesity.
Signed: Bartholomew Eze-Linden, MD
"""),
("2017-05-16", "Dermatology Consult (scribed)", """
DERMATOLOGY CONSULT    Scribe: Noor Halabi    Provider: Greta Solvang, MD

HPI: Pt reports a painful purple area, L inner upper arm, since 4/28/17 - the arm that is
never used for BP or needles. Pt denies any injury, injection or heat to his left arm. Pt
reports his R arm still gets "little purple dots" from the cuff.

ROS:  Fever: no | Weight loss: no | Skin: painful lesion L arm | Joints: no

Exam: L medial upper arm: retiform purpura 4x3cm w/ 1 cm central eschar, indurated.
R upper arm: faint residual petechiae in the cuff band, no plaque, no ulcer. Trunk, legs
clear.

Procedure: 4mm punch bx x 2, L medial upper arm, margin of lesion.

A/P: Retiform purpura L medial upper arm; HD, phos and PTH both high - calciphylaxis
suspected; bx pending. Plain petrolatum dressing.
I, Noor Halabi, scribed for Dr. Solvang, who examined the patient.
"""),
("2017-06-06", "Dialysis Unit Monthly Physician Note", """
EASTFIELD KIDNEY CARE - MONTHLY MD NOTE
63 M. HD at Eastfield (chair 11; Mon, Wed, Fri). Access: R IJ tunneled cath.

Path 5/16/17 (L medial upper arm): arteriolar calcification + thrombosis in the subcutis
-> calciphylaxis confirmed.
S: Pt reports the L arm sore feels "like a burn that never lets up," 8/10.
O: BP 168/90 | 103.9kg | BMI 33.3
Skin: L medial upper arm eschar 4.5x3cm, violaceous rim; R arm petechiae resolved.
Chem: iPTH 540 (down from 690), PO4 6.1, Ca 9.0

Plan:
- Calciphylaxis (L upper arm), bx-proven: sodium thiosulfate 25 grams IV via the cath,
  infused as each Eastfield run winds down; stop calcitriol.
- Vascular access: fistula plan on hold; no surgery on the L arm while the wound is open.
- DM2 on insulin; obesity.
Signed: Bartholomew Eze-Linden, MD
"""),
]}

D10 = {"patient_id": "D10", "age": 57, "sex": "F", "notes": [
("2021-06-10", "PD Clinic Monthly Visit (scribed)", """
LINDEN PARK HOME DIALYSIS - MONTHLY VISIT
Provider: Soren Achterberg, MD    Scribe: C. Duvall

HPI: 57F, FSGS -> ESRD, CCPD since 2019. Pt reports a sore lump on her outer R thigh since
Memorial Day. Pt denies that anything hurt, stuck or heated that spot before it appeared.
Drains and fills ok, no cloudy fluid.

PMH: ESRD; L leg DVT 2017 treated w/ warfarin x 6 mo (completed, off since 2018); obesity;
HTN. No diabetes.

ROS: Skin [X] lesion  [ ] rash | GI [ ] pain [ ] N/V | Constitutional [ ] fever

Vitals: BP 142/84 | 104.0kg | 164.6cm | BMI 38.4

Exam: R lateral thigh: 3 cm tender, indurated nodule in the subcutis, violaceous livedo
over it; no ulcer. PD exit site: no crust, no redness.
Chem: PO4 6.7 H, iPTH 820 H, Ca 9.5, alb 3.4

A/P: Tender nodule R lateral thigh - ddx panniculitis vs early calciphylaxis; derm referral
(appt 6/30). Switch calcium carbonate to sevelamer.
"""),
("2021-06-23", "ED Provider Note (scribed)", """
EMERGENCY DEPT - PROVIDER NOTE       Scribe: Ike Marchbanks for Dr. Paulina Szabo

CC: fall
HPI: 57 yo F on home PD. Pt reports she tripped over her cycler drain line getting up to the
bathroom around 02:00 on 6/22 and fell onto her R side. Pt reports the R thigh lump is much
more painful since. No head strike, no LOC.

ROS: all systems reviewed and negative except as in HPI.

Vitals: T 36.9 | HR 92 | BP 156/88 | SpO2 98%
Exam: R lateral thigh: 10x8cm ecchymosis surrounding the known 3.5 cm nodule, which now
has a 1 cm central black eschar. R hip moves freely, leg not shortened or rotated.
Imaging: plain films R hip + femur - no fx.

MDM: Contusion R thigh after mechanical fall. The nodule predates the fall (present since
late May per PD clinic note) and is now necrotic - calciphylaxis remains on the ddx. Not
septic. Keep derm appt.
Dispo: home; acetaminophen, oxycodone 2.5 mg prn x 3 days; cycler line rerouted.
"""),
("2021-06-30", "Dermatology Consult", """
DERMATOLOGY - NEW CONSULT
Physician: Harriet Okafor-Baines, MD

HPI: R lateral thigh nodule began Memorial Day weekend, about 3 wks before her fall on 6/22;
the bruise from the fall spread over the existing lesion. Pain 8/10.

Exam: R lateral thigh: plaque 4x3.5cm, indurated, central black eschar, violaceous retiform
edge; fading yellow-green bruise around it. L thigh, abdomen, breasts clear.

Procedure: two 4mm punches, plaque margin, R lateral thigh.

A/P: R lateral thigh necrotic retiform plaque; PD, phos/PTH high, obesity, prior warfarin
- favor calciphylaxis. Path pending. Avoid further trauma to the thigh.
"""),
("2021-07-20", "PD Clinic Monthly Visit (scribed)", """
LINDEN PARK HOME DIALYSIS - MONTHLY VISIT
Provider: Soren Achterberg, MD    Scribe: C. Duvall

HPI (copied forward from 6/10/21): 57F, FSGS -> ESRD, CCPD since 2019. Pt reports a sore
lump on her outer R thigh since Memorial Day.
INTERVAL: Path 6/30 (derm): calciphylaxis (von Kossa-positive arteriolar calcium,
fibrin thrombi, necrotic fat). Pt reports she keeps an ice pack on the thigh wound at night
for the pain.

Vitals: BP 136/80 | 102.9kg | BMI 38.0

A/P:
1. Calciphylaxis R lateral thigh (bx-proven) - STS 25g IV 3x/wk in the infusion chair at
   Linden Park; increase PD dose (add day dwell); sevelamer 2400 w/ meals; cinacalcet 30.
   Asked her to stop icing the wound.
2. Obesity. 3. HTN - amlodipine.
"""),
]}

D11 = {"patient_id": "D11", "age": 69, "sex": "F", "notes": [
("2023-02-14", "Wound Care Clinic New Patient", """
WOUND CLINIC - NEW PATIENT     [.WOUNDNEW template]
Provider: Ambrose Kittredge, MD

69F. ESRD; HD 3x/wk (Tues, Thurs, Sat). T2DM, diet only. AF - warfarin.
Pt reports a sore on the outside of her R ankle since mid-January that started as a purple
spot; no injury. Pt reports "the worst pain of my life."

Wound #1
 Site: R lateral malleolus
 Size: 2.5x2.0cm, 100% black eschar
 Periwound: violaceous, livedoid
 Exudate: none
 Vascular: ABI not compressible either side; TBI R 0.38

Assessment: ddx arterial ulcer vs calciphylaxis.
Procedure: 4mm punch bx from the periwound edge, R lateral ankle; silver nitrate for
hemostasis, 1 suture. Specimen for H&E + VK stain.
Plan: dry dressing, offload w/ heel/ankle foam, vascular surgery referral.

Vitals: BP 110/60 | 74.0kg | 161.5cm | BMI 28.4
"""),
("2023-03-07", "Dermatology Consult (scribed)", """
DERMATOLOGY CONSULT      Scribe: Wren Albescu      Provider: Ignatius Moorhead, MD

Path 2/14/23 (R lateral ankle, punch): calcified subcutaneous arterioles w/ fibrin thrombi
and calcium deposits in the fat lobules - calciphylaxis.
Pt reports the wound got bigger after the biopsy and the bx site opened up.

ROS table:  Fever [no]  Weight loss [no]  Skin pain [yes]  New lesions [no]

Exam: R lateral ankle: eschar 3.2x2.6cm, now incorporating the bx site, retiform violaceous
rim. L leg, thighs, abdomen clear.

A/P: Calciphylaxis R lateral ankle, biopsy-proven.
- Warfarin off as of today; apixaban instead (cardiology in agreement).
- STS w/ HD (nephrology).
- Wound clinic for selective debridement of loose eschar edges.
- No compression wraps.
I, Wren Albescu, scribed; Dr. Moorhead reviewed.
"""),
("2023-03-28", "Wound Care Clinic Visit", """
WOUND CLINIC - FOLLOW-UP     [.WOUNDFU template]
Provider: Ambrose Kittredge, MD

HPI (copied forward 2/14/23): 69F. ESRD; HD 3x/wk (Tues, Thurs, Sat). T2DM, diet
only. AF - warfarin.
Update: warfarin switched to apixaban 3/7. Pt reports she puts a cold gel pack over the
dressing at night for pain.

Wound #1  R lateral malleolus - calciphylaxis (bx 2/14)
 Size: 3.3x2.7cm, 70% eschar, 30% slough at edges
 Periwound: violaceous, less indurated

Procedure: selective sharp debridement, curette, of devitalized slough along the edges,
2.0 sq cm; little bleeding; topical lidocaine beforehand, pt tolerated it.
Dressing: hydrogel + silicone foam, changed three times weekly.
Advised: no cold pack directly on the wound.
Vitals: BP 114/62 | BMI 28.1
RTC 2 wks.
"""),
]}

D12 = {"patient_id": "D12", "age": 55, "sex": "M", "notes": [
("2025-12-03", "Dialysis Unit Monthly Physician Note", """
HARBORVIEW LANE DIALYSIS - MONTHLY MD NOTE    (.HDMONTHLY)
55 M | MWF 3rd shift | Access: L upper arm AVG | EDW 118.5 kg

Interval: Pt reports a painful purple area high on his inner L thigh since Thanksgiving
weekend. Pt reports he injects his semaglutide weekly into his abdomen, never the legs.

Skin/wound screen:
 Recent injury to area?        [ ] Yes  [X] No
 Heat or cold applied?         [ ] Yes  [X] No
 Injections at the site?       [ ] Yes  [X] No

Exam: L medial thigh: violaceous retiform plaque 5x4cm w/ early dusky central necrosis,
exquisitely tender. R thigh clear.
Vitals: pre BP 158/92 | wt 120.1 kg | BMI 35.7 kg/m2
Labs: PO4 7.3 H / Ca 9.8 / iPTH 1,020 H / alb 3.3 / A1c 7.2%

Plan:
- Plaque, L medial thigh - ?calciphylaxis; urgent derm referral for bx.
- DM2 on semaglutide + glipizide; no insulin.
- Obesity.
Signed: Leontyne Abercrombie, MD
"""),
("2025-12-16", "Dermatology Consult (scribed)", """
DERMATOLOGY CONSULT     Scribe: Dario Pettigrew     Provider: Hana Kowalczyk, MD

Reason: L thigh lesion
Path (12/5/25, punch x2 by Dr. Kowalczyk at urgent derm slot): arteriolar calcification in
the subcutaneous fat, thrombi, fat necrosis - calciphylaxis.

Pt reports pain 9/10. Pt again denies any bump, fall, bite, heating pad or ice to the thigh,
and denies injections there.

Exam: L medial thigh: eschar 6x4.5cm w/ retiform purpuric border. R thigh, abdomen clear.

A/P: Calciphylaxis L medial thigh, biopsy-proven.
- Counseled: thighs are off limits for ice packs and heating pads; nothing snug over the
wound.
- STS with HD; cinacalcet up (nephrology).
- Wound care referral.
I, Dario Pettigrew, scribed for Dr. Kowalczyk.
"""),
("2026-01-20", "Nephrology Clinic Note (scribed)", """
NEPHROLOGY CLINIC    Provider: Leontyne Abercrombie, MD    Scribe: T. Osterberg

Pt reports L thigh pain is 6/10 with the current meds; wound "about the same."
Exam: L medial thigh eschar 6x5cm, rim less violaceous. BMI 35.2.
Labs: PO4 5.8 / iPTH 610 / Ca 9.1

A/P:
1. Calciphylaxis L medial thigh - continue STS TIW with HD, cinacalcet 90 mg, sevelamer.
   If the wound stalls: referral to plastic surgery to consider excision and split-thickness
   skin graft (not yet scheduled).
   If he is ever admitted and needs DVT prophylaxis, no SC heparin into the thighs.
2. DM2 - semaglutide weekly (abdomen), glipizide. Not on insulin.
3. Obesity - BMI 35.2.
Attestation: documentation by scribe reviewed and accurate. -LA
"""),
]}

D13 = {"patient_id": "D13", "age": 71, "sex": "F", "notes": [
("2018-01-16", "Primary Care Office Visit (scribed)", """
Brookhaven Family Practice      Provider: Winifred Castellano, MD     Scribe: R. Tiwari

CC: low back pain
HPI: 71yo woman. ESRD - HD MWF at Glenmore. Morbid obesity s/p sleeve gastrectomy
2014. OA. HTN.
Pt reports she microwaves a rice-filled sock and lays it across her low back most evenings
since October for chronic lumbar pain.

ROS: Constitutional (-) | MSK (+) back pain | Skin (-) rash (-) sores | Neuro (-) weakness

Vitals: BP 134/72 | HR 76 | 74.9kg | 163.8cm | BMI 27.9 kg/m2

Exam: Lumbar skin w/ a faint mottled brown reticulated discoloration across the belt line;
no blistering, skin intact. Buttocks not examined. SLR neg.

A/P:
1. Chronic LBP - stop the rice bag (early heat-related skin changes), acetaminophen,
   PT referral.
2. ESRD on HD - per nephrology.
3. s/p sleeve - vitamins.
No diabetes. No anticoagulation.
"""),
("2018-03-06", "Dermatology Consult", """
DERMATOLOGY CONSULT
Physician: Augustin Delaney-Moss, MD

HPI: Pt reports two very painful sores high on her buttocks; onset roughly 3 wks ago.
Pt reports she stopped the heated rice bag in January as her PCP advised.

Exam: Bilateral upper buttocks: necrotic ulcers, L 3x2cm and R 2.5x2cm, retiform violaceous
rims. Lumbar skin: mild reticulated hyperpigmentation only, no ulcer, no induration. The
heat bag sat across the lumbar belt line, roughly a hand's breadth above these ulcers.

Procedure: 6mm punch bx taken at the L upper buttock ulcer's rim.

A/P: Retiform necrotic ulcers of the upper buttocks in an HD pt - suspect calciphylaxis; bx
pending. The ulcers lie below, not within, the area the heat bag covered. Offload, foam
dressings.
"""),
("2018-03-27", "Dialysis Unit Monthly Physician Note", """
GLENMORE DIALYSIS - MONTHLY PROVIDER NOTE
71 F | MWF 1st | Access: R brachiocephalic AVF | EDW 73.5 kg

Path 3/6/18 (L upper buttock): calciphylaxis (calcified + clotted small
vessels, panniculus).
Pt reports she can't sit through the full run; pain 8/10.
Skin: both upper buttocks w/ eschar, L 3.5x2cm, R 2.5x2.5cm.
Vitals: pre BP 128/70 | 74.1kg | BMI 27.6
Chem: iPTH 1,180 H, PO4 6.4 H, Ca 9.9, alb 3.0 L
PMH (problem list): ESRD; morbid obesity s/p sleeve gastrectomy; HTN; OA.

A/P:
- Calciphylaxis of both upper buttocks, bx-proven: thiosulfate 25 grams IV with every Glenmore
  treatment (last half hour); cinacalcet 60; stop calcitriol; parathyroid surgery consult.
- Recliner chair w/ pressure cushion during tx.
Signed: Percival Mbeki-Hart, MD
"""),
]}

D14 = {"patient_id": "D14", "age": 62, "sex": "F", "notes": [
("2022-09-08", "Hospital Medicine Progress Note", """
HOSPITALIST PROGRESS NOTE - hospital day 4

Subjective (copied forward from 9/7, updated): 62F - obesity hypoventilation/OSA, HFpEF,
AF on warfarin, CKD 3a (Cr usually ~1.4), primary hyperparathyroidism - admitted 9/5 w/
acute on chronic hypercapnic resp failure, on BiPAP overnight. Pt reports painful purple
patches along both inner thighs for about 2 weeks before admission.
New today: RN reports the L forearm skin tore when IV tape was pulled off 9/7. Pt reports
the BiPAP mask is sore across the bridge of her nose.

Exam: Bilateral medial thighs: violaceous retiform plaques 6-8 cm, R w/ central eschar.
L dorsal forearm: 3 cm skin flap tear, edges approximated. Nasal bridge: 1 cm shallow
open area.
Labs: Ca 11.2 H / PTH 148 H / PO4 3.9 / Cr 1.5 / INR 3.4 H
128.0kg | BMI 45.3

A/P:
# Thigh plaques - ?calciphylaxis vs warfarin necrosis; derm consult. Hold warfarin.
# Forearm skin tear - Steri-Strips, paper tape only.
# Nasal bridge wound - foam under mask.
# Hypercapnic RF - BiPAP qhs. # Not diabetic.
"""),
("2022-09-10", "Dermatology Inpatient Consult", """
INPATIENT DERMATOLOGY CONSULT
Attending: Rosalind Achebe-Fairweather, MD

Consulted for: thigh plaques, ?calciphylaxis

Exam:
- Both medial thighs: large violaceous retiform plaques w/ central necrosis, R > L, very
  tender, on a background of livedo.
- Nasal bridge: stage 2 medical-device pressure injury from the BiPAP mask - not
calciphylaxis.
- L dorsal forearm: medical adhesive-related skin tear, healing - not calciphylaxis.

Impression: Non-uremic calciphylaxis of both medial thighs, clinical diagnosis (primary
hyperparathyroidism, warfarin, obesity, female sex; kidneys only mildly impaired).
Procedure: 6mm punch bx R medial thigh to confirm.

Recs: stop warfarin permanently, DOAC per cardiology; endocrine surgery re: parathyroid
adenoma; wound care to thighs; mask padding; paper tape only.
"""),
("2022-09-20", "Discharge Summary", """
DISCHARGE SUMMARY     Admit 9/5/2022 - Discharge 9/20/2022

Principal dx: acute on chronic hypercapnic respiratory failure (OHS)
Secondary: non-uremic calciphylaxis, medial thighs bilaterally (bx 9/10: arteriolar
calcification w/ thrombi, von Kossa +); AF; CKD 3a (Cr 1.5 at d/c, no dialysis);
primary hyperparathyroidism; device-related nasal bridge pressure injury (healing); tape
tear of the L forearm (now closed).

Course: BiPAP titrated. Warfarin stopped 9/8 -> apixaban 5 mg BID. Thigh wounds: hydrogel +
foam, sodium thiosulfate 12.5 g IV x 3 doses (renal consult), then stopped pending
parathyroidectomy. Pain controlled.

D/c wt 126.4 kg, BMI 44.7.
Follow-up: endocrine surgery 9/28; derm in 2 wks; weekly wound clinic; pulm for BiPAP.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
