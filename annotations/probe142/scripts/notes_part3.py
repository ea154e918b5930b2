"""probe142 corpus notes, D15-D20 (urgent care, EMS and the clinics around them; all
invented)."""

D15 = {"patient_id": "D15", "age": 66, "sex": "F", "notes": [
("2017-08-07", "Urgent Care Visit", """
RIVERGATE URGENT CARE           08/07/2017
CC: bruise R thigh

HPI: 66F walked into the corner of her dining table yesterday and struck the lateral R thigh.
Large bruise since. Pain 4/10. Warfarin since 2014 for recurrent DVTs. DM2 on metformin,
obesity. Kidneys OK per PCP (Cr 0.9).
VS: BP 144/86  HR 80  T 98.3  SpO2 98%  Wt 96.2 kg  BMI 35.5
Exam: R lateral mid thigh - 10 x 7 cm ecchymosis, soft, mildly tender, no expanding mass, no
skin break. Compartments soft. Hip/knee ROM full.
INR (POC) 3.8.
A: contusion R thigh on supratherapeutic warfarin.
P: hold tonight's warfarin, resume lower dose per anticoag clinic (message sent), cold pack
15 minutes now and then today and tomorrow, recheck INR 3 days. Return if swelling grows
quickly or skin darkens.
"""),
("2017-08-28", "Urgent Care Visit", """
RIVERGATE URGENT CARE           08/28/2017

CC: "the bruise turned black and it hurts worse"
HPI: 66F seen here 8/7 w/ R thigh contusion. Bruise faded, but over the past 5 days a very
painful purple net-patterned area has formed at the same spot with a dark centre. Pain 9/10,
burning. No fever. INR 2.6 last week.
VS: T 98.8  HR 92  BP 150/88  SpO2 97%
Exam: R lateral thigh - retiform purpura 7x5cm, centre dusky-black and necrotic over 2cm,
indurated, very tender; surrounding skin not warm.
A: painful retiform purpura R thigh on warfarin. Differential: skin necrosis from warfarin
vs non-uremic calciphylaxis vs a hematoma that has necrosed the overlying skin.
P: urgent derm referral (called, appt 9/12); CBC, CMP, protein C/S sent; discussed with PCP.
"""),
("2017-09-12", "Dermatology Consult", """
DERMATOLOGY CONSULT              09/12/2017
66F on warfarin, obesity, DM2, normal renal function.
R lateral thigh: retiform purpura 7x6cm with a central eschar, at the spot of the
August table-corner bruise.
Labs: PTH 71, Ca 9.5, P 3.9, protein C 82% (on warfarin), Cr 0.9.
Impression: possible non-uremic calciphylaxis; warfarin necrosis and post-traumatic fat
necrosis remain on the differential. Only a deep incisional biopsy will sort this out.
Pt declines biopsy today - she leaves for Tucson next week, where her daughter lives, and
wants it done there. Records given to pt; referral letter to a Tucson dermatologist.
Interim: anticoag clinic to discuss switching off warfarin; gentle wound care; protect the
thigh from further knocks.
"""),
]}

D16 = {"patient_id": "D16", "age": 82, "sex": "M", "notes": [
("2024-02-11", "EMS Patient Care Report", """
NORTH FORK EMS - PCR                02/11/2024
Call: fall / welfare check

82M found on his living room floor by the home health aide; last seen well yesterday
afternoon, long lie estimated 18 h, lying on his R side wedged against the base of the
recliner. Unable to say how he fell. No obvious head injury.
PMH: ESRD - chose conservative care, no dialysis (per his advance directive); DM2 on insulin;
HTN; mild dementia.
Assessment: GCS 14 (confused), dry mucosa. R lateral hip: non-blanching dusky red area about
8x6cm; R shoulder: 4 cm red blanching area. No deformity, hips move w/o pain.
VS: BP 98/56  HR 108  RR 20  SpO2 94% RA  BGL 64  Temp 96.9
Tx: oral glucose 15 g, recheck BGL 91. Warm blankets. Padding to pressure areas.
Transport priority 2 to Mercy Hill ED. POLST (DNR, limited interventions) with pt.
"""),
("2024-02-13", "ED / Observation Note", """
MERCY HILL - OBSERVATION PROGRESS NOTE             2/13/2024

82M, ESRD (eGFR 9) on conservative kidney management, DM2 on insulin glargine, admitted after
a long lie. Rhabdo mild (CK 2,400 -> 900).
Skin: R lateral hip area is now a 9 x 7 cm violaceous plaque with a netlike purpuric border
and a 3 cm black centre, extremely painful to touch - more pain than expected for a
pressure injury. Concern for calciphylaxis; DTI (deep tissue pressure injury) also possible.
Wound RN: "DTI vs other." Derm phone consult: consistent with either; biopsy would settle it.
Family meeting: pt and son decline biopsy (goals comfort-focused, DNR). Plan hospice referral.
BMI 22.1. K 5.4. Glucose 140-190 on glargine 6 u.
Plan: offload R hip, air mattress, silicone foam; hospice referral.
"""),
("2024-03-05", "Hospice Visit Note", """
RIVERSIDE HOSPICE - RN VISIT NOTE         03/05/2024

82M, hospice dx ESRD (no dialysis), on comfort care at home.
R lateral hip wound: 10 x 8 cm, black eschar with purple mottled rim, no odor. Described in
hospital as possible calciphylaxis versus deep tissue pressure injury - never biopsied per
family's wishes.
Pain controlled with morphine oral solution 5 mg q4h prn (uses 3-4 doses/day).
Insulin reduced to glargine 4 u, sugars 150s-200s, goal comfort only.
Turning schedule q2h with son and aide, low-air-loss mattress delivered.
Plan: continue comfort care, dressing changes 3x/wk, chaplain visit next week.
"""),
]}

D17 = {"patient_id": "D17", "age": 44, "sex": "F", "notes": [
("2022-04-09", "Urgent Care Visit", """
SUMMIT WALK-IN CARE             04/09/2022
CC: painful lumps on belly

HPI: 44F, type 1 diabetic using an insulin pump (sets changed q3d, always in the abdomen),
ESRD on PD. Painful firm lumps on the lower abdomen around old set sites for ~1 month, two now
purplish. No fever. PD effluent clear.
VS: BP 132/78  HR 86  T 98.7  SpO2 99%  Wt 78.4kg  BMI 29.9 - overweight
Exam: infraumbilical abdomen, R and L of midline - several 1-2 cm firm subcutaneous nodules,
two with violaceous overlying skin, tender. No fluctuance. PD catheter exit site (RLQ) clean,
no tunnel tenderness.
A: painful subcutaneous nodules at pump sites - lipohypertrophy vs fat necrosis vs panniculitis;
in a PD patient, early calciphylaxis also possible.
P: move infusion sites to the upper arms/flanks; derm referral; PD nurse informed.
"""),
("2022-05-03", "Dermatology Note", """
DERMATOLOGY              05/03/2022

44F, type 1 DM (pump), kidney failure treated with PD.
Abdominal nodules: 5 nodules lower abdomen, 2 with violaceous livedoid overlying skin, no
ulcer.
Path (4 mm punch 4/22): dermal fibrosis and a mild septal panniculitis; vessels in the
specimen not calcified, but it did not reach deep fat - nondiagnostic.
Impression: panniculitis of uncertain type at infusion sites; calciphylaxis not excluded.
Recommend a deep incisional wedge biopsy - she would rather wait and see whether moving the
pump sites lets the lesions settle, and declines it for now.
Plan: recheck 6 wks; consider ultrasound. Avoid the lower abdomen for infusion sets.
"""),
("2022-06-21", "PD Clinic Note", """
PD CLINIC         6/21/2022

44F on CCPD, T1DM (pump), HTN.
Abdominal nodules unchanged, no ulceration; still tender. Possible calciphylaxis vs panniculitis
never resolved - she declined the deep biopsy again.
She and her husband are relocating to Oregon next month for his job; referral to a PD program
in Eugene sent with our records, including the open question about calciphylaxis.
BP 128/76, Wt 78.1 kg (BMI 29.9).
Labs: PTH 520; albumin 3.5; phos 6.1; Ca 9.8; Kt/V weekly 2.0.
Plan: continue calcium-free binder, cinacalcet 30 mg. Transfer of care.
"""),
]}

D18 = {"patient_id": "D18", "age": 59, "sex": "M", "notes": [
("2025-05-14", "Urgent Care Visit", """
MAPLE RIDGE URGENT CARE           05/14/2025
CC: purple spots on legs

HPI: 59M on HD MWF (ESRD from FSGS). Purple spots over both shins for 4 days, mildly painful,
some itch. Finished a course of cefdinir for sinusitis a week ago. No fever.
VS: BP 140/84  HR 80  T 99.1  SpO2 98%  Wt 84.8 kg  BMI 27.1
Exam: both shins and ankles - scattered 2-6 mm palpable purpuric papules, some coalescing,
a few with small hemorrhagic crusts. No retiform pattern, no necrosis. Feet warm.
A: palpable purpura BLE. ?vasculitis vs ?calciphylaxis (dialysis pt).
P: CBC, UA n/a (anuric), derm referral this week, dialysis unit informed; stop any new meds;
ED for fever, joint pain, abdominal pain or blood in stool.
"""),
("2025-05-20", "Dermatology Note", """
DERMATOLOGY           05/20/2025

59M on HD, sent by urgent care for purpura of both lower legs, possible calciphylaxis.
Exam today: fading palpable purpura on the shins and ankles, no new lesions, no ulcers.
L shin punch (5/16): leukocytoclastic vasculitis of superficial dermal vessels
with neutrophilic debris and fibrinoid change; direct IF shows C3 and IgM along the vessels.
Von Kossa negative: no vascular calcium, fat without thrombi.
Impression: cutaneous small-vessel vasculitis, most likely drug-induced (cefdinir).
Calciphylaxis excluded.
Plan: supportive care, compression not advised on HD schedule, leg elevation, triamcinolone
0.1% for itch; recheck 3 wks.
"""),
("2025-06-11", "Nephrology Clinic", """
NEPHROLOGY CLINIC       6/11/2025

59M, ESRD (FSGS); HD at Maple Ridge Kidney Center MWF; R brachiocephalic AVF. No diabetes.
No anticoagulant.
Leg purpura: resolved, faint brown hyperpigmentation only. Derm biopsy showed leukocytoclastic
vasculitis, not calciphylaxis.
Cefdinir added to allergy list (vasculitis).
BP 138/80, EDW 83.5 kg, BMI 27.1.
Labs: PTH 310, Ca 9.3, P 5.2, Hgb 10.8.
Access: good thrill and bruit, no prolonged bleeding after needle removal.
Plan: same dialysis prescription; labs monthly per unit; see me again in 3 months.
"""),
]}

D19 = {"patient_id": "D19", "age": 54, "sex": "F", "notes": [
("2016-09-17", "Urgent Care Visit", """
EASTBROOK URGENT CARE            09/17/2016
CC: L ankle injury

HPI: 54F stepped off a curb wrong this afternoon, rolled her L ankle inward. Able to walk 4
steps. Swelling lateral ankle.
PMH: CKD 3a (creatinine 1.3), DM2 on metformin + sitagliptin, HTN, obesity.
FHx: brother (HD pt) passed away in 2014 from calciphylaxis; mother with DM.
Pt worried "that skin disease runs in the family".
VS: BP 136/84  HR 78  T 98.1  Wt 89 kg  Body mass index 32.4 kg/m2
Exam: L lateral ankle swelling over ATFL, TTP, no bony tenderness at posterior malleoli or base
of 5th MT (Ottawa neg). Skin intact, no bruising yet.
Dx: L ankle sprain, lateral.
P: ankle stirrup brace, RICE, acetaminophen, f/u PCP.
"""),
("2016-10-04", "Primary Care Visit", """
PRIMARY CARE - FOLLOW UP            10/04/2016

54F, f/u L ankle sprain (UC 9/17), CKD 3a, DM2, HTN, obesity.
Ankle: mild residual swelling, full strength. Off brace.
She asked about calciphylaxis because her brother died of it on dialysis. Explained: rare, and
nearly
confined to people on dialysis or with far worse kidney function than hers; her CKD is stable.
Head-to-toe skin exam
today is normal - no purpura, ulcers or plaques anywhere.
BP 130/80, BMI 32.1. A1c 7.0. eGFR 52.
Plan: continue metformin, sitagliptin; ACE-I; annual labs; return prn.
"""),
]}

D20 = {"patient_id": "D20", "age": 68, "sex": "M", "notes": [
("2026-04-18", "EMS Patient Care Report", """
LAKEVIEW FIRE RESCUE - PCR              04/18/2026
Call: diabetic problem

68M found diaphoretic and confused on couch by wife; took his usual insulin and skipped lunch
after dialysis. BGL 38 on arrival.
PMH: kidney failure, dialysis Tue/Thu/Sat; DM2 - glargine plus aspart w/ meals; HTN; CHF.
Assessment: GCS 13 (E4 V4 M5), diaphoretic, no focal deficits. Skin warm, no wounds seen.
VS: BP 150/78  HR 96  RR 18  SpO2 97% RA  BGL 38
Tx: 20g IV R hand, D10 150 mL IV -> BGL 142, GCS 15 at 10 min. Pt ate a sandwich.
Disposition: pt refused transport after return to baseline; wife to stay with him; risks
explained, refusal signed. Advised call PCP/endo about insulin dose.
"""),
("2026-04-23", "Dialysis Education Note", """
RIVERBEND DIALYSIS - RN / DIETITIAN EDUCATION NOTE        4/23/2026

68M on HD TTS, EMS call 4/18 for hypoglycemia at home.
Insulin dose reviewed with nephrology NP: aspart reduced on dialysis days; glargine 14 u.
Hypoglycemia teaching done: rule of 15, glucose tabs in his bag, snack before leaving the unit.
Annual skin teaching reviewed as well - calciphylaxis (rare, painful, more common in HD pts)
explained in plain words. Asked him to rotate where he gives insulin, to keep hot pads
and ice bags away from bare skin, and to show the charge nurse any purple or black sore spot
at his
next run.
Skin check: whole body intact, nothing suspicious.
Wt 86.2 kg, BMI 28.3.
Pt and wife verbalized understanding.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
