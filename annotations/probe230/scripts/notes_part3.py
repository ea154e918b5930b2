"""probe230 corpus notes, H15-H20 (endocrine and parathyroid surgery and the clinics around it; all invented)."""

H15 = {"patient_id": "H15", "age": 67, "sex": "F", "notes": [
("2018-02-20", "Endocrine Surgery Consult", """
Endocrine surgery consult 2/20/2018

67F, CKD 4 with eGFR of 19; pre-dialysis, AVF planning under way.
SHPT: PTH 690, Ca 9.4, 25-OH vit D 14 on calcitriol 0.25.
Referred to ask whether she needs surgery.
T2DM on insulin (U-500 pen, injected into the abdomen since 2011). AF on
warfarin. BMI 35.5, obese.
Skin: several firm, tender nodules around the umbilicus where she injects, one
ringed by a purplish net, noticed over the past month.
A: SHPT of CKD -- medical management first (replete vitamin D, control
phosphate); not a surgical case now. Skin: lipohypertrophy vs early
calciphylaxis -> derm referral.
"""),
("2018-03-06", "Dermatology New Patient", """
Derm new pt 3/6/18

Periumbilical abdomen: three firm, tender nodules of 1-2cm, one with faint
violaceous reticulation; no ulceration, no necrosis.
Ddx: insulin lipohypertrophy / insulin-derived amyloidoma vs early
calciphylaxis (warfarin, CKD 4, obesity, repeated injection). Cannot exclude
calciphylaxis.
Deep incisional biopsy recommended; declined for the moment, she wants to
think it over.
Advised: rotate injections away from the nodules; discuss warfarin with
cardiology.
Lower legs: no livedo, no ulcers. Photos taken for comparison. Latest A1c 8.2.
RTC 4 wk.
"""),
("2018-05-01", "Nephrology CKD Clinic", """
Nephrology CKD clinic, May 1 2018

eGFR 17. No uremic symptoms. Still off dialysis; vein mapping complete.
PTH 720 -- starting paricalcitol 1 mcg.
Missed her derm follow-up; says the belly nodules are "about the same" but
sore. No biopsy yet, so possible calciphylaxis stays on the list.
In June she is relocating to Ohio to live with her daughter; records to go.
K 5.1, bicarbonate 19 -> sodium bicarbonate 650 mg BID. Hb 9.8.
Warfarin continues, INR 2.4.
BMI 35.1.
"""),
]}

H16 = {"patient_id": "H16", "age": 73, "sex": "M", "notes": [
("2019-08-13", "Operative Note", """
OP NOTE   13 Aug 2019

Subtotal parathyroidectomy for tertiary-pattern HPT on HD (PTH 1150, Ca 11.0).
Findings: 4 glands, one dominant (L superior, 3.4 g). 3.5 glands excised; R
inferior remnant kept, clipped.
IOPTH 1090 -> 52. Both recurrent laryngeal nerves found and kept intact.
EBL 15 mL. Specimens to pathology.
Closure: subcuticular 4-0, glue.
Post-op plan: enoxaparin 30 mg SC daily into the thighs from POD1 (mesh from
an old ventral hernia repair -- keep needles off the abdomen).
"""),
("2019-08-16", "Endocrine Surgery Progress Note", """
Endocrine surgery POD3

Mild hungry bone: Ca 7.8, iCa 1.02 on oral calcium 1.5 g TID + calcitriol
0.5 mcg BID; no drip needed.
Enoxaparin 30 mg SC into alternating anterior thighs since 8/14.
Neck: incision clean, no hematoma, voice strong. Phos 2.4, Mg 1.9.
No DM. Warfarin: never.
BMI 28.3.
Drain-free; tolerating diet. PT cleared him to go home with his walker.
Path from frozen section agrees with hyperplasia in all glands.
Plan: discharge tomorrow; Ca at HD Monday; clinic 2 wk.
"""),
("2019-09-10", "Nephrology HD Rounding Note", """
Nephrology HD rounds 9/10/2019

Complians of tender lumps in both anterior thighs, starting ~2 weeks after
he went home.
Exam: 3-4 firm subcutaneous nodules in each anterior thigh, 1-2 cm, some with
purplish discoloration; no ulcer, no livedo.
A: enoxaparin injection-site hematomas vs panniculitis; early calciphylaxis
not ruled out (HD, recent PTX).
P: derm referral offered -- he declined biopsy, prefers to wait and see. No
further injections into the thighs. Transferring to the Alderbrook unit next
month to be near family; records sent.
"""),
]}

H17 = {"patient_id": "H17", "age": 80, "sex": "F", "notes": [
("2020-06-16", "Endocrine Surgery Consult", """
Endocrine surgery consult 6/16/2020

80F on PD, SHPT with PTH 1040 on cinacalcet 60 mg, Ca 9.2. Frail (CFS 6),
lives with her son; asks whether a parathyroidectomy is worth it.
Also new: a painful mottled purple net on both calves since ~May. PAD with a
R fem-pop bypass in 2015. No diabetes. Apixaban for AF, never warfarin.
Exam: both lower legs show livedo racemosa; cool feet; no ulcers.
A: ?early calciphylaxis vs ischemic livedo from PAD. Operative risk high.
P: no surgery for now; keep cinacalcet; ask derm and vascular to see her.
BMI 22.4.
"""),
("2020-06-30", "Vascular Surgery Clinic", """
Vascular surgery clinic

Seen at the request of endocrine surgery.
ABI R 0.54, L 0.61. Duplex: R fem-pop graft occluded, L SFA with long-segment
stenosis, heavy medial calcification of the tibial vessels bilaterally.
Both calves show a livedoid pattern, worse on dependency; no tissue loss.
Comment: the livedo could be purely ischemic; calciphylaxis is not excluded.
Biopsy not advised with these ABIs (the wound might never heal).
Not a revascularisation candidate given frailty and her wishes.
Plan: analgesia, skin protection, follow up as needed.
"""),
("2020-07-21", "Palliative Care Consult", """
Palliative Care consult

80F on PD with painful calf livedo, PAD, SHPT; declining over 2 months.
Goals: comfort at home. Enrolling in home hospice; she plans to stop PD at
month's end.
Calf pain 7/10; whether this is calciphylaxis was never resolved -- no
biopsy, and none wanted.
Other symptoms: itch, fatigue, poor appetite. Son is health-care proxy;
DNR/DNI confirmed.
Plan: hydromorphone 0.5 mg PRN, gabapentin 100 mg post-PD, stop
cinacalcet. Family meeting held with son and daughter-in-law.
BMI 21.9.
"""),
]}

H18 = {"patient_id": "H18", "age": 62, "sex": "M", "notes": [
("2022-10-04", "Nephrology Clinic", """
Nephrology -- HD patient seen in clinic 10/4/22

62 M, ESRD (HTN/DM2) on HD; T2DM on glipizide. Warfarin started 9/20 for a new
LV thrombus.
Since 9/24 a very painful dark area has been spreading on his L thigh (front).
Exam: L anterior thigh, purpuric 8x6cm plaque, dusky necrotic centre,
hemorrhagic bullae. INR 3.6.
PTH 880 (SHPT on cinacalcet, awaiting endocrine surgery).
A: warfarin-induced skin necrosis? calciphylaxis? -- check protein C.
P: admit; derm consult; hold warfarin and start a heparin drip.
BMI 30.6.
"""),
("2022-10-06", "Dermatology Inpatient Consult", """
Derm consult, inpatient

Punch bx (10/5), L thigh: dermal vessels thrombosed, hemorrhagic infarct of
skin. Von Kossa: negative; no calcium deposits anywhere in the sample.
Protein C 38% (low); protein S and antithrombin normal.
Exam: L anterior thigh plaque unchanged, bullae now deroofed, centre dusky. No
lesions elsewhere. Hematology agrees with the diagnosis.
Diagnosis: warfarin-induced skin necrosis. The biopsy excludes calciphylaxis.
Plan: warfarin discontinued permanently; vitamin K given; heparin then apixaban; wound
care; plastics later for possible debridement and grafting.
"""),
("2022-11-15", "Endocrine Surgery Consult", """
Endocrine surgery -- SHPT work-up

62M on HD, referred for parathyroidectomy. PTH 880-960, Ca 9.9, phos 6.0 on
cinacalcet 60.
Recent warfarin-related skin necrosis, L thigh (Oct 2022), granulating, graft
planned; derm excluded calciphylaxis on biopsy.
T2DM, oral agents only, not on insulin. Apixaban.
Sestamibi: R inferior focus plus faint L superior. Neck US: R inferior
1.2 cm hypoechoic gland. Laryngoscopy normal. Phos binder switched to lanthanum.
Plan: subtotal PTX after the thigh wound is grafted; apixaban held 48 h
pre-op. BMI 30.2.
"""),
]}

H19 = {"patient_id": "H19", "age": 54, "sex": "F", "notes": [
("2021-11-09", "Endocrine Surgery Consult - Primary HPT", """
Endocrine surgery -- primary hyperparathyroidism

54F, Ca 11.1 found incidentally, PTH 142, 24-h urine Ca 380, eGFR 92. Kidney
stone 2019. DXA distal radius T -2.6.
Sestamibi: L inferior adenoma; US concordant, 1.3 cm.
FHx: mother, a dialysis patient, died in 2008 of calciphylaxis. The
patient is frightened she could get it; reassured -- normal kidneys, primary
HPT only.
Prediabetic (A1c 6.1), untreated. No anticoagulants.
Neck: no palpable mass; voice normal. Vitamin D 31.
BMI 26.8.
Plan: focused L inferior parathyroidectomy, outpatient.
"""),
("2021-12-14", "Endocrine Surgery Post-op Visit", """
Post-op visit, 2 wk after focused L inferior parathyroidectomy

Path: parathyroid adenoma, 620 mg. Ca 9.3, PTH 28 -- cured.
She put frozen peas on the front of her neck for 3 days; incision
well healed, no skin breakdown.
No skin lesions anywhere; nothing to suggest calciphylaxis -- she checks her legs
every night because of her mother.
Voice normal, no tingling. Calcium supplements stopped after the first week.
Plan: Ca and PTH at 6 months; repeat DXA in 2 yrs.
"""),
]}

H20 = {"patient_id": "H20", "age": 47, "sex": "M", "notes": [
("2025-06-17", "Endocrine Surgery Consult", """
ENDOCRINE SURGERY CONSULT   June 17, 2025

47M, ESRD (reflux nephropathy) on HD since 2019 via L brachiobasilic AVF.
SHPT: PTH 1510 with calcium 10.1 and PO4 6.8 on etelcalcetide 10 mg post-HD TIW and
sevelamer. Diabetes type 2 managed with diet. Warfarin never used.
Exam: BMI 23.4. Neck: no masses; cords normal on scope. Skin intact
everywhere, no nodules or livedo.
Sestamibi (May): four-gland hyperplasia pattern.
A/P: surgical canddiate. Subtotal PTX booked for August. Explained the usual
risks plus hungry bone afterwards.
"""),
("2025-07-08", "Nephrology HD Note", """
HD unit nephrology note, 7/8/25

Stable on HD, dry weight 72 kg. Pre-HD weight 73.1 kg, BP 148/86.
Access: L AVF, good thrill and bruit. Labs: Hb 10.9, albumin 3.8, phos 6.1.
Pre-op counselling before his August parathyroidectomy: dialysis patients can
get calciphylaxis, so bare skin should never touch heating pads or cold packs, and
report any painful new skin patch right away.
Skin check today: no ulcers, plaques or livedo; no sign of calciphylaxis.
PTH 1480; keep etelcalcetide until surgery.
"""),
]}

PATIENTS = [H15, H16, H17, H18, H19, H20]
