"""probe260 corpus notes, H08-H14 (perioperative, OR and PACU records and the clinics around them; all invented)."""

H08 = {"patient_id": "H08", "age": 59, "sex": "M", "notes": [
("2025-01-14", "Intraoperative RN Record", """
INTRAOP RN RECORD       2025-01-14       Vascular OR 11, Northmoor University Hospital
Procedure: open infrarenal AAA repair, Dacron tube graft. GA/ETT + thoracic epidural.
59 M, ESRD (Northmoor HD unit, MWF); L forearm fistula arm on padded board, no cuff. T2DM on
insulin at home -
insulin infusion per protocol intra-op. No home anticoagulant; never on warfarin.
Position: supine, arms out, gel heel protectors, head on foam ring.
VTE: SCDs - knee-length sleeves - put on both calves at 0710, cycling all case;
to stay on in SICU while immobile.
Warming: upper-body forced air, fluid warmer. Foley 16 Fr.
Incision 0805, close 1340. EBL 1.2 L, cell saver returned 450 mL.
Ht 180cm, Wt 98.8kg, BMI 30.5.
"""),
("2025-02-11", "Step-down Unit Nursing Note", """
4 North step-down - RN note, POD 28
Extubated POD 5; delirium now resolved. Still largely bedbound, OOB to chair with lift.
SCD sleeves have stayed on both calves continuously since the OR (off only for shift skin
checks).
This morning at sleeve removal: new bilateral calf lesions - L posterior calf 4x3cm and R
posterior calf 3x3cm, firm, purple, net-patterned, very painful to touch, lying right under
the sleeve bladders. No blisters. Pedal pulses dopplerable.
SCDs removed and held, MD notified, wound RN + derm consult requested.
Insulin glargine 18 u + correction scale. HD MWF via AVF.
"""),
("2025-02-20", "Dermatology Consult Follow-up", """
Dermatology inpatient consult - follow-up         Feb 20 2025
Punch biopsies L and R calf (2/12): subcutaneous arteriolar calcification with thrombosis and
a lobular panniculitis - calciphylaxis.
Lesions were first seen on 2/11, in the zone compressed by the SCD sleeves for 4 weeks after
his AAA repair (applied in the OR on 1/14).
Exam: both posterior calves, plaques enlarging (L 6x4cm, R 4x4cm), early eschar on the L.
Abdomen: midline wound healing, no lesions. Thighs clear.
Plan: renal starting IV thiosulfate, 25 g, MWF with his runs; no compression devices on the
legs; silicone
contact-layer dressings; pain team; nephrology to stop calcium-based binder.
"""),
]}

H09 = {"patient_id": "H09", "age": 64, "sex": "F", "notes": [
("2020-10-06", "Intraoperative Positioning Record", """
POSITIONING / SKIN INTEGRITY RECORD - OR 4, Greyfield Regional      10/06/2020
Procedure: R VATS -> converted to open R thoracotomy, RLL wedge.
64 F. ESKD (HD), T2DM using basal insulin, obese - BMI 33.0.
Position: L lateral decubitus - L side dependent, R side up. Vacuum bean bag; axillary roll
under the L upper chest wall; L hip on gel pad; pillows between legs; R arm on padded Mayo-type
support. Eyes taped, ears checked.
Pre-positioning skin: intact over both hips, sacrum, heels.
Time in lateral position: 4 h 50 min; checks q1h documented.
Warming: lower-body forced air. No anticoagulants.
"""),
("2020-10-06", "PACU Skin Assessment", """
PACU arrival 1512 - skin assessment
Aldrete 9, SpO2 95% on 4 L NC. R chest tube 24 Fr to -20 cm H2O, no air leak. R thoracotomy
dressing dry.
L lateral hip: 6x5cm non-blanching redness where she lay on the gel pad (dependent side) -
Stage 1 pressure injury; reported per policy. L lateral chest wall: blanching marks from roll.
R hip and whole R side: skin intact, no marks.
Repositioned off L side with pillows. Epidural T6-7 infusing. Glargine held tonight per
anaesthesia, correction insulin only.
"""),
("2020-11-17", "Dermatology Consult", """
Dermatology - Greyfield outpatients     17 Nov 2020
64 F on HD, six weeks after R thoracotomy. Painful R lateral hip lesion for ~3 weeks.
Records show a stage 1 pressure mark on her L hip after the operation; it faded within days and
the L hip looks normal today.
Exam: R lateral hip 5x4cm retiform purpura with central necrosis, exquisitely tender; no
scars or prior injury there. Thoracotomy wound healing.
Punch bx 11/10: calciphylaxis (calcified arterioles, thrombi).
Insulin: she rotates abdomen and upper arms; no lesions at those sites.
Plan: thiosulfate at dialysis, dressings by wound RN, binder changes via nephrology,
pressure-relieving cushion.
"""),
]}

H10 = {"patient_id": "H10", "age": 72, "sex": "M", "notes": [
("2022-05-03", "Pre-procedure Checklist", """
PRE-PROCEDURE CHECKLIST - Same Day Surgery, Ashcombe Hospital       May 3rd 2022
Procedure: excisional debridement L posterior calf ulcer (calciphylaxis proven on punch bx
4/22/22) +/- skin substitute.
72 M, ESRD, CAPD four bags daily - last drain 0600. Not diabetic.
Warfarin for AF STOPPED 4/25 because of the calciphylaxis; apixaban since, last dose 5/1.
Site marked L calf [x]  consent [x]  NPO [x]
Wt 84kg  Ht 173cm  BMI 28.1
Skin: L posterior calf ulcer 5x4cm with eschar - present since Easter per pt; R leg intact.
No recent falls or knocks. He recalls neither a heating pad nor an ice bag on that leg before
the ulcer.
"""),
("2022-05-03", "PACU Nursing Note", """
PACU  10:55 arrival, GA/LMA, uneventful.
L calf: NPWT 125 mmHg continuous over the debrided ulcer, seal holding; drape edges taped onto
the posterior calf.
11:10-11:30 ice pack laid on top of the NPWT drape (surgeon's order, pain); pain from 6 to
3/10 after fentanyl 25 mcg twice.
Warm blanket for shivering.
12:40 standing pivot to recliner: pt knocked his L calf on the recliner footrest - no new
skin injury seen through drape, NPWT seal intact.
Discharged 1330 with wife; home health to manage NPWT.
"""),
("2022-06-14", "Wound Clinic Note", """
Ashcombe Wound Center - follow-up       06/14/2022
Calciphylaxis ulcer L posterior calf, 6 wk after excisional debridement (5/3). NPWT stopped
last week.
Wound now 4x3cm, 70% granulation, no eschar; periwound livedo fading.
The PACU ice pack and the footrest knock on the day of surgery did no visible harm; nothing
new anywhere else. R leg intact.
On CAPD; sodium thiosulfate M-W-F, Ashcombe infusion suite; apixaban continued (warfarin off
since April).
BMI 27.6.
Plan: collagen/silver alginate, weekly visits, keep legs elevated in recliner.
"""),
]}

H11 = {"patient_id": "H11", "age": 55, "sex": "F", "notes": [
("2020-12-01", "Pre-operative Assessment Clinic", """
Pre-operative assessment clinic - Redbourne Infirmary       01/12/2020
Planned: subtotal parathyroidectomy (refractory secondary HPT, PTH 1980 ng/L).
55 F, ESRD, haemodialysis since 2014 via L brachiobasilic fistula.
Calciphylaxis, lower abdominal wall and pannus - biopsy-proven Oct 2020; painful ulcers there since
early autumn, dressed by district nurses.
Not diabetic (HbA1c 5.2%). Never on warfarin.
Wt 121kg, Ht 165.5cm, BMI 44.2 - morbid obesity.
She denies hot-water bottles, wheat bags or ice on the tummy, and has never had injections
there.
Ward plan after surgery: any SC heparin into the upper arm only, never the pannus; no tape
on abdominal skin.
"""),
("2020-12-09", "Intraoperative Nursing Record", """
INTRAOP NURSING RECORD     9 December 2020     Theatre 5
Proc: subtotal parathyroidectomy (3.5 glands), collar incision. GA/ETT, NIM tube.
Position: supine, shoulder roll, head ring, neck extended; arms tucked in foam sleeves - L
fistula arm padded, no BP cuff L.
Pannus: existing dressings left in place, covered with a soft sheet; NO adhesive to abdominal
skin.
Warming: upper-body forced air only; lower-body blanket deliberately not used so no heat goes
over the pannus.
Heels on gel. Time in theatre 2 h 40 min. Counts correct. Frozen section: parathyroid tissue.
"""),
("2020-12-11", "Surgical Ward Nursing Note", """
Surgical ward nursing - POD 2 PTX
Neck wound clean, no haematoma, voice normal.
Hungry bone: Ca 1.86 mmol/L this AM -> IV calcium gluconate infusion + calcitriol,
Chvostek neg.
VTE: UFH 5000 u SC twice daily - R upper arm sites, as planned pre-op (L = fistula).
Pannus ulcers: dressings changed by tissue viability - unchanged, no new areas.
HD tomorrow, low-Ca bath discussed with renal team. Mobilising independently, eating well.
Drain out this morning, 20 mL overnight. Pain controlled on paracetamol alone.
Plan: repeat Ca 6-hourly, home once stable off IV calcium.
"""),
]}

H12 = {"patient_id": "H12", "age": 68, "sex": "M", "notes": [
("2021-07-20", "Intraoperative Nursing Record", """
INTRAOPERATIVE NURSING RECORD   Jul 20, 2021   Vascular OR 2, Tamsworth Memorial
Procedure: R common femoral endarterectomy with bovine pericardial patch (rest pain R foot).
68 M, ESRD, dialyses T/Th/Sat at Tamsworth (L AVF). Type 2 DM, insulin pens into his abdomen.
Aspirin + clopidogrel;
no warfarin ever.
Position: supine, arms out on boards; heels off-loaded.
R groin vertical incision 0902, closed 1115 in layers, skin staples; dressing: silver
strip + foam.
Heparin 5000 units IV before clamping; ACT 246.
Warming: upper-body forced air. BMI 26.0.
"""),
("2021-08-10", "Vascular Clinic Nurse Wound Check", """
Vascular clinic - nurse-led wound check     8/10/21
R groin incision: staples removed today, edges well healed, no seroma, no erythema, no
drainage.
R foot: rest pain resolved, toes pink, cap refill 2 s, DP audible on doppler.
Skin R thigh and leg intact. Insulin sites on abdomen unremarkable.
Walking 2 blocks before calf tightness. Continue aspirin/clopidogrel + statin.
Pt reports HD going ok, no missed runs; dry weight unchanged.
Teaching reviewed: keep groin clean and dry, report swelling, fever or drainage.
Next: arterial duplex in 3 months, vascular f/u then.
"""),
("2021-09-07", "Dermatology Consult", """
Dermatology - Tamsworth     Sept 7th 2021
68 M, HD. 10 days of a painful firm violaceous plaque on the R medial thigh, mid-thigh level,
roughly 15 cm below the groin incision, which is fully healed and uninvolved. Recalls no
knock, injection or pressure at that thigh; his insulin pens go in the belly only, skin
there unremarkable.
Exam: R mid medial thigh 5x4cm indurated plaque, livedo at the margins, early central
eschar.
Punch bx 9/1: calciphylaxis; von Kossa turns the arteriolar walls black in the subcutis.
Plan: STS at HD, calcium carbonate discontinued, dressings, analgesia per renal dosing.
"""),
]}

H13 = {"patient_id": "H13", "age": 61, "sex": "F", "notes": [
("2023-05-16", "Pre-op Nursing Checklist", """
PRE-OP CHECKLIST / NURSING ASSESSMENT   Holding Bay 2, Eastgate Surgical Centre   16 May 2023
Procedure: laparoscopic PD catheter revision (migrated catheter).
61 F, ESRD - nightly cycler PD. Type 2 DM - glipizide and sitagliptin; not on insulin. PMH:
obesity, OSA, HTN.
Wt 79.4kg, BMI 29.2. Anticoagulants: none.
Known calciphylaxis both calves, biopsy-proven 3/2023, dressings in situ - do NOT apply SCD
sleeves to the calves; foot pumps instead.
FHx: sister (Mrs. D., dialysed at Eastgate) got calciphylaxis at her own insulin injection
spots in 2019.
Skin otherwise intact; abdomen clear around PD exit site.
Consent [x]  NPO [x]  ID [x]  Site n/a
"""),
("2023-05-16", "Intraoperative Nursing Record", """
INTRAOP RECORD - OR 3
Lap PD catheter repositioning, GA/ETT, 62 min.
Position: supine, arms out on boards; heels on gel.
VTE: intermittent pneumatic foot pumps to both feet; calf sleeves withheld because of the known
calf lesions. Calves: dressings checked before and after - intact, no tape on calf skin.
Ports: 2 x 5 mm L abdomen; existing exit site untouched.
Warming: upper body forced air.
Catheter flushing well at end of case.
Skin on exit to PACU: unchanged from pre-op.
"""),
("2023-06-06", "PD Clinic Note", """
PD clinic  June 6, 2023
Catheter revision 3 weeks ago, draining well, exit site clean.
Calciphylaxis: both calves improving - L 3x2cm, R 2x2cm, granulating, eschar lifting. No
new lesions; port sites clean.
She worries because her sister's calciphylaxis started at insulin sites - reassured she does not
inject insulin and is not on it.
Kt/V (weekly) 1.9. Latest PTH 380 pg/mL; P 5.2; Ca 9.0.
Plan: STS at infusion center tapered to twice weekly, continue non-calcium binder, weight 79 kg.
"""),
]}

H14 = {"patient_id": "H14", "age": 57, "sex": "F", "notes": [
("2019-08-27", "Pre-op Holding RN Note", """
PRE-OP HOLDING AREA - RN      08/27/2019      Fairhaven General, Day Surgery
Procedure: excisional debridement L lateral calf (calciphylaxis, recurrence).
57 F, ESRD; Fairhaven HD unit MWF, R forearm loop graft. Type 2 DM: glargine + lispro,
currently injecting upper arms.
PMH: 2017 calciphylaxis of the abdominal wall, at the places she once injected insulin - healed
following
STS + parathyroidectomy (2017); warfarin was stopped then and not restarted.
Current: L lateral calf ulcer since July 2019, biopsy 8/6: calciphylaxis. Pt denies any injury,
bump or heat to that leg.
Wt 97.6kg, BMI 35.5.
Site marked, consent signed, NPO since 2200.
"""),
("2019-08-27", "PACU Nursing Note", """
PACU note    arrival 1120
LMA removed in OR. Aldrete 9. Pain 5/10 (L calf) - hydromorphone 0.2mg IV once.
L lateral calf: post-debridement dressing (calcium alginate + ABD + gauze wrap), scant strike
through. R leg intact.
Full skin check: old healed depressed scars lower abdomen (2017 calciphylaxis), skin closed there;
sacrum/heels intact, Braden 17.
BG 212 -> lispro 3 units SC in L upper arm.
VSS, afebrile, tolerating sips and crackers. Dressing to stay on until wound clinic review.
Discharged to HD unit by transport 1340, report called to charge RN there.
"""),
("2019-09-24", "Dermatology Follow-up", """
Dermatology f/u - Fairhaven          24th Sept 2019
Recurrent calciphylaxis, L lateral calf: debrided 8/27, now 6x4cm, clean base, granulation
50%, thin slough at 12 o'clock. Neither pt nor chart describes any injury to that calf beforehand.
Old abdominal wall scars from the 2017 episode remain quiet. Upper arms, where insulin now
goes: unremarkable.
HD labs: PTH 420 (post-PTX remnant), phos 6.6, calcium 9.4.
Plan: STS resumed with HD, nephrology to revisit cinacalcet, avoid compression wraps on the
leg, review 4 weeks.
"""),
]}

PATIENTS = [H08, H09, H10, H11, H12, H13, H14]
