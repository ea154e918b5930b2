"""probe198 corpus notes, F15-F20 (Canadian community hospitals, home care and the clinics around them; all invented)."""

F15 = {"patient_id": "F15", "age": 81, "sex": "F", "notes": [
("2025-02-11", "Home Care Nursing LMWH Visit", """
HOME CARE NURSING - LMWH VISIT
81F. Tinzaparin (Innohep) SC daily since 28-Jan-2025 for cancer-associated PE;
warfarin stopped in Jan (INR labile, never in range). Injections go into the lower abdo,
L and R in turn.
ESRD on HD (MWF) - dose per haematology.
Today: several new purple, hard, very painful areas on the abdomen around the
injection sites, L > R, largest L lower abdo 4x3cm, dusky centre, netted
border. Client says they started Sunday.
Tinzaparin held; on-call MD notified -> CBC and platelets drawn today.
DM2 on linagliptin. Wt 84kg BMI 32.0.
Daughter updated by phone.
"""),
("2025-02-13", "Internal Medicine Consult", """
INTERNAL MEDICINE CONSULT - Oakhurst Community Hospital
81F, ESRD on HD, metastatic colon ca, PE on tinzaparin. Retiform purpura and
necrotic plaques at the abdominal LMWH injection sites (L lower abdomen largest,
5x4cm with central eschar), onset 09/02.
Plt 88 (210 on 28/01).
DDx: HIT-associated skin necrosis vs calciphylaxis (HD, recent warfarin) vs
haematoma.
HIT antibody sent. Tinzaparin stopped -> argatroban infusion (fondaparinux not suited
to ESRD).
Skin bx would help but pt and family would like time to decide; platelets low.
Plan: transfer to tertiary centre (haematology, derm) requested.
"""),
("2025-02-15", "Interhospital Transfer Summary", """
INTERHOSPITAL TRANSFER SUMMARY
From: Oakhurst Community Hospital   To: St. Brendan's University Hospital
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
CKD 4 with eGFR 17; dialysis not started - renal team discussing PD.
Incidental: her young Lab jumped up on Labour Day and scratched the L forearm;
three linear scratches ~8 cm on the L dorsal forearm, superficial, cleaned by her
with soap. Today no redness or discharge. Cleansed, Polysporin, light dressing.
Wt 70kg BMI 27.0. CBG 10.8.
Plan: 2 more teaching visits, then discharge from service if independent.
"""),
("2019-09-26", "Family Medicine Visit", """
FAMILY PRACTICE - Birchmount Medical Clinic
S: 68F, painful dark sore L forearm, came up ~10 days ago in the line of the dog
scratches, now throbbing, 7/10.
O: L dorsal forearm 2.5x2cm dusky-purple plaque with small black centre, livedo-like
rim, indurated. Afebrile.
Labs (renal clinic): creat 262 umol/L, eGFR 17, Ca 2.41, PO4 2.0 mmol/L, PTH 45.
A: necrotic lesion at scratch site - infected scratch/ecthyma vs vasculitis vs
calciphylaxis (CKD 4, high phosphate) - uncertain.
P: doxycycline; urgent derm referral; renal team informed. Tetanus booster
up to date (2016).
DM2 on Lantus.
"""),
("2019-10-15", "Dermatology Outreach Note", """
DERMATOLOGY OUTREACH - Birchmount
68F; CKD 4, dialysis not yet needed; DM2 - on Lantus.
L dorsal forearm necrotic plaque 3x2.5cm, at the site of a dog scratch (2 Sept).
Picture raises the possibility of calciphylaxis; ecthyma or a vasculitis cannot be
excluded either. Bacterial swab: scant S. aureus.
Recommended deep punch biopsy - pt declined today; she is relocating to live with
her daughter out of province next week and will have it done there.
Records and photos sent with her. No follow-up here.
Wound: Polysporin + non-stick pad, daily.
"""),
]}

F17 = {"patient_id": "F17", "age": 76, "sex": "M", "notes": [
("2026-01-13", "Home Care Palliative Nursing Visit", """
HOME CARE NURSING - PALLIATIVE
76M, CCPD for ESRD; DM2 - NPH bid; his wife does his insulin shots, always in
his anterior thighs (poor eyesight), for years now.
New over the last week: firm, tender nodules with purplish lacy mottling at the insulin
areas of both anterior thighs, L > R. No open areas.
PPS 40%. ESAS: pain 6, tiredness 8, appetite 7, anxiety 4.
Cycler running nightly, no issues per wife.
Wt 138 kg, BMI 45.5.
Plan: asked wife to use the abdomen for now; photos to the palliative MD;
PD nurse aware.
"""),
("2026-01-20", "Palliative Care Physician Home Visit", """
PALLIATIVE CARE - HOME VISIT (physician)
76M; ESRD managed with PD; DM2 on NPH; morbid obesity; HFrEF.
GOC: comfort focus, wants to continue PD as long as it is not burdensome. DNR.
Nodules + livedo over the thigh insulin sites: ddx lipohypertrophy or panniculitis;
early calciphylaxis not excludable. Biopsy not in keeping with his goals; he agrees.
PPS 30%. ESAS pain 5, drowsiness 6, SOB 4.
Plan: hydromorphone 0.5 mg SC q4h prn; NPH cut back to once a day, abdomen
only; hospice bed requested; wife supported, respite PSW hours increased.
"""),
("2026-01-29", "Hospice Admission Note", """
HOSPICE ADMISSION - Cedar Narrows Hospice
76M. Dx: ESRD on PD (continuing, nightly cycler set up in room), DM2 on insulin,
HFrEF, class III obesity (BMI 45.5).
Skin: anterior thigh nodules w/ livedo - possible early calciphylaxis, never biopsied.
Admission skin check: nothing open, sacral skin and both heels fine.
PPS 30%. Family at bedside (wife, two sons). Chaplain visit requested by wife.
Code status: DNR, confirmed with him and SDM.
Plan: comfort care; PD per home regime, hospice RN trained on the cycler by the PD
nurse; insulin NPH daily, CBG once daily; hydromorphone SC prn.
"""),
]}

F18 = {"patient_id": "F18", "age": 69, "sex": "M", "notes": [
("2017-11-14", "Emergency Department Note", """
EMERGENCY - Wolfe Point District Hospital. CTAS 3.
69M, HD T/Th/S; warfarin for AF (INR 2.8). R shin got knocked on the truck door
~3 wks ago, got a bruise; now a painful black ulcer on the R lateral lower leg.
PMH: ESRD, AF, COPD, no diabetes.
O: T 37.2. R lateral lower leg: ulcer 3x2cm, black eschar, surrounding purpuric
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
von Kossa stain shows no mural calcium; no clot in the subcut vessels.
Impression: leukocytoclastic (small-vessel) vasculitis, likely drug-triggered
(amoxicillin-clavulanate). Calciphylaxis ruled out.
Exam: ulcer R lateral leg unchanged, purpuric papules fading a little; a few new
petechiae on the L ankle, same pattern.
Urinalysis: no blood. Complement and ANCA pending.
Plan: prednisone 30 mg x 2 wks then taper; non-adherent dressing by home care; no
change to warfarin; stop the amoxicillin-clav (course done); review 2 wks.
"""),
("2017-12-14", "Nephrology HD Rounds", """
NEPHROLOGY - HD ROUNDS, Wolfe Point satellite
69M, ESRD on HD. R leg ulcer = vasculitis per derm bx, not calciphylaxis; improving on
prednisone, eschar separating, purpura fading.
Warfarin continued for AF, INR 2.4.
Labs: Ca 2.30, PO4 1.6, PTH 35 pmol/L.
ANCA negative, complement normal.
Diabetes screen: A1c 5.4%, no diabetes.
Pain now 2/10; sleeping better. Home care visiting twice weekly; wound smaller
at 2x1.5cm with a clean base.
BMI 22.5. Plan: taper prednisone as per derm; dressing by home care; watch INR
while on steroid.
"""),
]}

F19 = {"patient_id": "F19", "age": 52, "sex": "F", "notes": [
("2022-10-04", "Nephrology Outreach CKD Clinic", """
NEPHROLOGY OUTREACH - CKD CLINIC, Hollow Spruce Health Centre
52F, diabetic kidney disease, CKD 4 (eGFR 19), not yet dialysing. DM2 on gliclazide and
empagliflozin, no insulin.
Very worried: her older sister died last spring of calciphylaxis while on HD in
Thunder Lake. Asks if she is next.
Skin: trunk, thighs and legs examined - no ulcers, nodules, discolouration.
Labs: Ca 2.30, PO4 1.5, PTH 22 pmol/L.
Explained what raises risk; her current phosphate is fine. Modality education
booked with the CKD nurse; pamphlet on PD and home HD given.
Wt 80 kg, BMI 29.9 (overweight).
"""),
("2023-04-18", "Family Medicine Visit", """
FAMILY PRACTICE - Hollow Spruce
52F follow-up. CKD 4 stable (eGFR 18), still not on dialysis, leaning to PD.
Mood better after grief counselling re: sister.
Skin: no complaints, normal on exam.
A1c 7.0% on gliclazide. BP 132/78. Wt 80kg; BMI 29.9.
Sugars: occasional fasting 8s, no lows.
Plan: renal f/u 3 months, flu shot in fall. Brought up her sister's illness once
more; reassured - nothing like it on her skin. Declines a grief group for now but
has the number. Foot exam: monofilament intact, pulses good, no calluses.
"""),
]}

F20 = {"patient_id": "F20", "age": 64, "sex": "M", "notes": [
("2020-06-09", "Home Care Nursing Medication Teaching", """
HOME CARE NURSING - MED TEACHING VISIT
64M, HD M/W/F; warfarin (AF), INR 2.6. DM2 on linagliptin; insulin stopped in 2019
after 20 kg weight loss.
Warfarin review: explained that for people on dialysis, warfarin is one of the things
linked with calciphylaxis - uncommon, but a very painful skin problem - so any new
sore purple or dark patch on the skin should be phoned in that day.
Skin inspected: intact, no lesions.
Wt 76 kg, BMI 25.0. Pill organizer filled; INR next week by mobile lab.
"""),
("2020-09-15", "Nephrology HD Rounds", """
NEPHROLOGY - HD ROUNDS
64M with ESRD, dialysing MWF through a L AVF; stable run, no cramps.
Access: good thrill, cannulation uneventful per charge RN.
Skin: no lesions; no concern for calciphylaxis.
Warfarin continued for AF; apixaban raised again, he prefers to stay on warfarin.
DM2 on linagliptin, A1c 6.8%; insulin off since 2019.
Labs: PO4 1.7, Ca 2.28, PTH 31 pmol/L, Hb 112.
BMI 25.0. Dry weight unchanged at 75.5 kg.
Plan: continue current prescription; home care INR monitoring continues; next
rounds in a month.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
