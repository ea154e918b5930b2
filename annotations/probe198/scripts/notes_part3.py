"""probe198 corpus notes, F15-F20 (Canadian community hospitals, home care and the clinics around them; all invented)."""

F15 = {"patient_id": "F15", "age": 81, "sex": "F", "notes": [
("2025-02-11", "Home Care Nursing LMWH Visit", """
HOME CARE NURSING - LMWH VISIT
81F. Tinzaparin (Innohep) SC daily since 28-Jan-2025 for cancer-associated PE;
warfarin stopped in Jan (INR labile, never in range). Injections given into the lower
abdomen, alternating L and R.
ESRD on HD (MWF) - dose per haematology.
Today: several new purple, hard, very painful areas on the abdomen around the
injection sites, L > R, largest L lower abdomen 4 x 3 cm with a dusky centre and netted
border. Client says they started Sunday.
Tinzaparin held; on-call MD notified -> CBC and platelets drawn today.
DM2 on linagliptin. Wt 84 kg, BMI 32.0.
Daughter updated by phone.
"""),
("2025-02-13", "Internal Medicine Consult", """
INTERNAL MEDICINE CONSULT - Oakhurst Community Hospital
81F, ESRD on HD, metastatic colon ca, PE on tinzaparin. Retiform purpura and
necrotic plaques at the abdominal LMWH injection sites (L lower abdomen largest,
5 x 4 cm, central eschar), onset 09/02.
Plt 88 (210 on 28/01).
Ddx: heparin-induced skin necrosis (HIT) vs calciphylaxis (HD, recent warfarin) vs
haematoma.
HIT antibody sent. Tinzaparin stopped -> argatroban infusion (fondaparinux not suited
to ESRD).
Skin bx would help but pt/family want to talk it over; platelets low.
Plan: transfer to tertiary centre (haematology, derm) requested.
"""),
("2025-02-15", "Interhospital Transfer Summary", """
INTERHOSPITAL TRANSFER SUMMARY - Oakhurst Community Hospital -> St. Brendan's University Hospital
Reason: haematology + dermatology care not available here.
Dx at transfer: necrotic abdominal plaques at LMWH injection sites - suspected
heparin-induced skin necrosis vs possible calciphylaxis; HIT ELISA pending; no skin
biopsy done here (family preferred to wait for the specialists).
Course: argatroban since 13/02, plt 74 today. HD done 14/02 (heparin-free).
Pain: hydromorphone 0.5 mg SC q4h prn - given in the upper arms only.
Code: DNR, GOC discussed with daughter (SDM).
Meds, MAR, imaging on CD and the wound photos sent with the patient.
"""),
]}

F16 = {"patient_id": "F16", "age": 68, "sex": "F", "notes": [
("2019-09-04", "Home Care Nursing Visit", """
LHIN HOME & COMMUNITY CARE - NURSING VISIT
68F, insulin start teaching visit #3 (Lantus 12 u qhs, pen into the abdomen) - doing
her own injection well today.
CKD stage 4 (eGFR 17), not on dialysis, seeing the renal team about PD later.
Incidental: her young Lab jumped up on Labour Day and scratched the L forearm;
three linear scratches ~8 cm on the L dorsal forearm, superficial, cleaned by her
with soap. Today no redness or discharge. Cleansed, Polysporin, light dressing.
Wt 70 kg, BMI 27.0. CBG 10.8.
Plan: 2 more teaching visits, then discharge from service if independent.
"""),
("2019-09-26", "Family Medicine Visit", """
FAMILY PRACTICE - Birchmount Medical Clinic
S: 68F, painful dark sore L forearm, came up ~10 days ago in the line of the dog
scratches, now throbbing, 7/10.
O: L dorsal forearm 2.5 x 2 cm dusky-purple plaque with small black centre, livedo-like
rim, indurated. Afebrile.
Labs (renal clinic): creat 262 umol/L, eGFR 17, Ca 2.41, PO4 2.0 mmol/L, PTH 45.
A: necrotic lesion at scratch site - infected scratch/ecthyma vs vasculitis vs
calciphylaxis (CKD 4, high phosphate) - uncertain.
P: doxycycline; urgent derm referral; renal team informed.
DM2 on Lantus.
"""),
("2019-10-15", "Dermatology Outreach Note", """
DERMATOLOGY OUTREACH - Birchmount
68F, CKD 4 not on dialysis, DM2 on insulin.
L dorsal forearm necrotic plaque, 3 x 2.5 cm, at the site of a dog scratch (2 Sept).
Picture raises the possibility of calciphylaxis; ecthyma or a vasculitis cannot be
excluded either. Bacterial swab: scant S. aureus.
Recommended deep punch biopsy - pt declined today; she is moving to her daughter's
in another province next week and will have it done there.
Records and photos sent with her. No follow-up here.
"""),
]}

F17 = {"patient_id": "F17", "age": 76, "sex": "M", "notes": [
("2026-01-13", "Home Care Palliative Nursing Visit", """
HOME CARE NURSING - PALLIATIVE
76M, ESRD on CCPD, DM2 on NPH insulin bid; wife gives the insulin into the front of
both thighs (his eyesight is poor), has done for years.
New over the last week: firm, tender nodules with purplish lacy mottling at the insulin
areas of both anterior thighs, L > R. No open areas.
PPS 40%. ESAS: pain 6, tiredness 8, appetite 7.
Wt 138 kg, BMI 45.5.
Plan: asked wife to move injections to the abdomen for now; photos to the palliative MD;
PD nurse aware.
"""),
("2026-01-20", "Palliative Care Physician Home Visit", """
PALLIATIVE CARE - HOME VISIT (physician)
76M, ESRD on PD, DM2 on insulin, morbid obesity, HFrEF.
GOC: comfort focus, wants to continue PD as long as it is not burdensome. DNR.
Thigh nodules with livedo at the insulin sites: lipohypertrophy/panniculitis vs early
calciphylaxis - cannot exclude. Biopsy not in keeping with his goals; he agrees.
PPS 30%.
Plan: hydromorphone 0.5 mg SC q4h prn; insulin simplified to NPH once daily into the
abdomen; hospice bed requested.
"""),
("2026-01-29", "Hospice Admission Note", """
HOSPICE ADMISSION - Cedar Narrows Hospice
76M. Dx: ESRD on PD (continuing, nightly cycler set up in room), DM2 on insulin,
HFrEF, class III obesity (BMI 45.5).
Skin: anterior thigh nodules w/ livedo - possible early calciphylaxis, never biopsied.
PPS 30%.
Plan: comfort care; PD per home regime; insulin NPH daily, CBG once daily.
"""),
]}

F18 = {"patient_id": "F18", "age": 69, "sex": "M", "notes": [
("2017-11-14", "Emergency Department Note", """
EMERGENCY - Wolfe Point District Hospital. CTAS 3.
69M on HD (T/Th/S), AF on warfarin (INR 2.8). Bumped his R shin on the truck door ~3 wks
ago, got a bruise; now a painful black ulcer on the R lateral lower leg.
PMH: ESRD, AF, COPD, no diabetes.
O: T 37.2. R lateral lower leg: 3 x 2 cm ulcer with black eschar, surrounding purpuric
papules and patches to 10 cm. No fluctuance.
Imp: necrotic ulcer R leg - ?calciphylaxis (HD + warfarin) vs vasculitis vs infected
haematoma.
Plan: cephalexin, derm consult. Recent amoxicillin-clav for bronchitis noted.
Wt 68 kg, BMI 22.5.
"""),
("2017-11-30", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION - Wolfe Point
69M HD, warfarin.
Punch bx 20/11/2017 R lateral lower leg: leukocytoclastic vasculitis with ulceration;
no vascular calcification, von Kossa negative, no thrombi in subcutaneous vessels.
Impression: cutaneous small-vessel vasculitis, likely drug-triggered
(amoxicillin-clavulanate). Calciphylaxis ruled out.
Plan: prednisone 30 mg x 2 wks then taper; wound care; no change to warfarin.
"""),
("2017-12-14", "Nephrology HD Rounds", """
NEPHROLOGY - HD ROUNDS, Wolfe Point satellite
69M, ESRD on HD. R leg ulcer = vasculitis per derm bx, not calciphylaxis; improving on
prednisone, eschar separating, purpura fading.
Warfarin continued for AF, INR 2.4.
Labs: Ca 2.30, PO4 1.6, PTH 35 pmol/L.
BMI 22.5. Plan: taper prednisone as per derm; dressing by home care.
"""),
]}

F19 = {"patient_id": "F19", "age": 52, "sex": "F", "notes": [
("2022-10-04", "Nephrology Outreach CKD Clinic", """
NEPHROLOGY OUTREACH - CKD CLINIC, Hollow Spruce Health Centre
52F, CKD 4 (diabetic nephropathy), eGFR 19, not on dialysis. DM2 on gliclazide and
empagliflozin, no insulin.
Very worried: her older sister died last spring of calciphylaxis while on HD in
Thunder Lake. Asks whether it will happen to her.
Skin exam: no ulcers, nodules or discolouration of trunk, thighs or legs.
Labs: Ca 2.30, PO4 1.5, PTH 22 pmol/L.
Explained what raises risk; her current phosphate is fine. Modality education
booked. Wt 80 kg, BMI 29.9 (overweight).
"""),
("2023-04-18", "Family Medicine Visit", """
FAMILY PRACTICE - Hollow Spruce
52F follow-up. CKD 4 stable (eGFR 18), still not on dialysis, leaning to PD.
Mood better after grief counselling re: sister.
No skin complaints; skin exam normal.
A1c 7.0% on gliclazide. BP 132/78. Wt 80 kg, BMI 29.9.
Plan: renal f/u 3 months, flu shot in fall.
"""),
]}

F20 = {"patient_id": "F20", "age": 64, "sex": "M", "notes": [
("2020-06-09", "Home Care Nursing Medication Teaching", """
HOME CARE NURSING - MED TEACHING VISIT
64M on HD MWF, AF on warfarin (INR 2.6). DM2 on linagliptin; insulin stopped in 2019
after 20 kg weight loss.
Reviewed warfarin: told him that in dialysis patients warfarin can raise the risk of
calciphylaxis, a rare painful skin condition, and to report any new painful
purple or dark skin spots right away.
Skin check: intact, no lesions.
Wt 76 kg, BMI 25.0.
"""),
("2020-09-15", "Nephrology HD Rounds", """
NEPHROLOGY - HD ROUNDS
64M, ESRD on HD. No skin lesions, no concern for calciphylaxis.
Warfarin continued for AF. Insulin off since 2019. PO4 1.7, Ca 2.28.
BMI 25.0.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
