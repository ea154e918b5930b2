"""probe210 corpus notes, F15-F20 (holiday and transient dialysis and the clinics around it; all invented)."""

F15 = {"patient_id": "F15", "age": 60, "sex": "F", "notes": [
("2016-03-01", "Holiday Dialysis Transfer Packet", """
MILLBROOK KIDNEY UNIT  >>  visiting pt info for Strandfield Dialysis
Mrs Rosalind Achebe-Hart, 60.  Dates requested 14/03/16 - 01/04/16 (Easter)
ESRD - diabetic nephropathy + HTN; HD since 2013, Mon/Wed/Fri afternoons.
Diabetes: T2, Humalog Mix25 twice daily; she alternates R and L
lower abdomen for her injections. HbA1c 64.
Anticoag: none. BMI 31.4.
Access: L RC AVF, 16G; occasional high venous pressures.
Dialysis: 4h, Qb 300, 2K/1.25Ca, FX80, heparin 2500 bolus.
EDW 80.0kg.  Hb 99, K 5.6, PO4 2.2, Ca 2.35, PTH 71 (pmol/L).
Virology 17/02/16 negative, MRSA negative.
Skin: intact; some lumpy injection sites (lipohypertrophy) on the abdomen.
"""),
("2016-03-23", "Away Unit Physician Note", """
Strandfield Dialysis - visiting patient review 23.03.2016
Mrs R. Achebe-Hart, home unit Millbrook.
Nursing staff requested a review of her abdomen. Two firm, tender plaques on the
lower abdomen, L 4cm and R 3cm, with faint violaceous mottling at the
edges, exactly where she puts her insulin in. Present
for about 2 weeks, no ulceration, no warmth.
Ddx: lipohypertrophy at injection sites complicated by fat necrosis;
alternatively early calciphylaxis; in a diabetic HD patient with phos 2.3 I cannot exclude
calciphylaxis. We have no biopsy service for visitors.
Advised to inject into the thighs until reviewed. Letter to home team
requesting urgent derm.
Pre 81.6kg, BP 150/78; post 79.9kg. BG 13.4.
Dr N. Halloran
"""),
("2016-04-15", "Nephrology Clinic Letter", """
Millbrook Kidney Unit - Renal Clinic
Dear Dr Fenner,
Rosalind Achebe-Hart, 60, HD
She has returned from her holiday. The Strandfield team raised concern
about possible early calciphylaxis in the belly skin she uses for
insulin. Today the two lower abdominal plaques are still firm and tender
with a faint purple rim, no ulcer.
Dermatology appointment is 8 weeks away; she would rather avoid a biopsy unless
the plaques break down. We cannot exclude early calciphylaxis, and
lipohypertrophy with fat necrosis remains just as likely - we will keep
this open.
Meanwhile: non-calcium binder, insulin into the thighs, phosphate advice.
Weight 80.1 kg, BMI 31.0.
Dr T. Oduya
"""),
]}

F16 = {"patient_id": "F16", "age": 77, "sex": "M", "notes": [
("2023-10-02", "Away Unit Treatment Note", """
MARROWBY BAY VISITOR DIALYSIS   02/10/2023   first visit
Mr Alistair Quayle, 77 - from Ferncastle Renal, staying to 18/10.
Arrived 30/09 after 11 h flight. Has worn knee-length flight compression
socks since the flight and every day after, tight at the top band.
Pre wt 69.4kg (EDW 67.5)  BP 134/62  HR 70 irreg  T 36.5
Meds per packet: warfarin (AF) INR today 2.8, sevelamer, bisoprolol.
No diabetes.  BMI 24.5.
Access L BC AVF - 16G x2.
Skin: R upper calf, just under the sock band, purple lacy livedo about
6cm with one tender pea-sized nodule. L leg normal.
Socks removed. UF 1.9L, 4h.
Post 67.6kg BP 118/60.
"""),
("2023-10-09", "Away Unit Physician Note", """
Marrowby Bay - visiting doctor note   9 Oct 2023
Mr A. Quayle. Seen re R calf.
Livedo racemosa over the R upper calf now 8cm, nodule 1.5cm, very
tender, no ulcer. The band of the flight sock ran straight across this area.
Impression: possible calciphylaxis (HD, warfarin, PO4 2.1) vs pressure-
related panniculitis from the sock band vs cholesterol emboli. Not
enough to call it either way.
He would rather have a biopsy at home than here.
Plan: avoid compression, elevation, paracetamol, photos sent to
Ferncastle. If it ulcerates before he flies he must come in.
Dr L. Vasquez
"""),
("2023-10-20", "Return-Home Letter", """
Marrowby Bay Visitor Dialysis                         20 October 2023
Dear Dr Sheringham,
Re: Alistair Quayle - dialysed with us 02/10/23 to 18/10/23
Seven sessions, no intradialytic hypotension. INR 2.4 - 2.9.
The tender livedo and nodule on his right upper calf (where the top band
of his flight socks sat) were unchanged at his last session and never
ulcerated. We remain unsure of the cause: calciphylaxis remains possible and
is not ruled out, but a pressure panniculitis is
equally likely. He declined biopsy while away; please could you
arrange one.
Weight at discharge 67.5kg, BMI 24.5. Warfarin unchanged.
Best wishes, Dr L. Vasquez
"""),
]}

F17 = {"patient_id": "F17", "age": 68, "sex": "F", "notes": [
("2018-10-10", "Away Unit Treatment Note", """
SOLENT POINT HOLIDAY DIALYSIS   10/10/18   session 4
Mrs Gwendolyn Parrish, 68 (home unit Highmoor)
Pre 88.9 kg  BP 158/70  HR 76  T 36.4
AVF L forearm 15G x2.
Skin tear L shin - caught her leg on the taxi door on Sat 6th Oct coming
back from the harbour. 2cm flap, approximated, Steri-Strips, Mepitel +
crepe bandage.
PMH: T2DM on linagliptin (no insulin), PAD, obesity in PMH, HTN. No
warfarin. BMI 29.4.
UF 2.0L, 4h. Post 86.9 kg BP 140/68.
"""),
("2018-10-24", "Away Unit Physician Note", """
Solent Point - visiting medical review 24/10/2018
Mrs G. Parrish - L shin wound not healing.
Now 2.5x2cm ulcer where the taxi-door skin tear was, black eschar,
surrounding purple livedo 4cm, pain far worse than expected (8/10).
ABPI L 0.70. Pulses weak.
Differential: traumatic ulcer in an ischaemic leg vs calciphylaxis (HD,
PO4 2.4, PTH 89) - cannot tell clinically.
She wants to wait until home for any biopsy. If calciphylaxis is
confirmed, STS would be started by her home unit.
Dressing: Inadine + foam. Pain: paracetamol, codeine.
Dr M. Obi
"""),
("2018-11-05", "Vascular Clinic Letter", """
Highmoor Vascular Clinic                               05-Nov-2018
Dear Dr Greaves,
Gwendolyn Parrish, 68, on HD. Seen re her L shin ulcer, which began as
a skin tear from a taxi door on holiday.
Ulcer 3 x 2cm, eschar, livedoid margin. Duplex: SFA stenosis, ABPI 0.68.
Either this is a traumatic ulcer stalled by arterial insufficiency,
or it is early calciphylaxis; I cannot separate the two without a
biopsy, which she has declined for now, fearing a larger wound. She accepts an angioplasty work-up.
Diabetes (tablets only), obesity, no anticoagulants.
Plan: angiogram, wound care, re-discuss biopsy at next visit.
Mr J. Stroud, Vascular Surgeon
"""),
]}

F18 = {"patient_id": "F18", "age": 57, "sex": "M", "notes": [
("2022-02-08", "Away Unit Treatment Note", """
WHINFELL TRANSIENT DIALYSIS - visitor tx record 08/02/22
Mr Sunil Varghese, 57, from Oldbury Renal. Skiing trip until 20/02.
Pre: 79.3kg (EDW 77.5), BP 146/82, HR 84, T 37.2
T2DM, on insulin (Lantus + Actrapid), BG 8.7.
Access: L upper arm AVF, 15G x2.
Skin: crops of raised purple spots on both calves and ankles, some
blistering, painful, appeared 4 days ago. Started doxycycline last week
for a dental abscess.
Dr Lowther reviewed: palpable purpura. Ddx vasculitis vs ?calciphylaxis
(r/o). Derm at Whinfell General tomorrow.
UF 1.8L. Post 77.6kg.
"""),
("2022-02-11", "Dermatology Consult", """
Whinfell General Hospital - Dermatology
Pt: Sunil Varghese, 57 M, visiting dialysis patient
Referred with painful purpura of both lower legs, onset 04/02/22.
Exam: palpable purpura with haemorrhagic bullae on both calves and ankles,
no necrotic eschar, no livedo racemosa.
Punch biopsy L calf 09/02: leukocytoclastic vasculitis - neutrophils and
nuclear dust around small vessels, fibrinoid change in their walls.
Von Kossa: negative throughout (vessels and fat).
Conclusion: cutaneous small-vessel vasculitis, probably drug-induced
(doxycycline). Calciphylaxis is excluded.
Plan: stop doxycycline, short prednisolone course, emollient, review
with home derm.
Dr K. Ferrier
"""),
("2022-03-01", "Return-Home Letter", """
Dear Dr Adeyemi,
Sunil Varghese: Whinfell Transient Dialysis 05/02/22 - 19/02/22
He had six sessions with us. Of note he developed palpable purpura of
both lower legs on 04/02. Calciphylaxis featured early in the differential,
but the biopsy showed leukocytoclastic vasculitis with no calcification,
so it has been ruled out. Doxycycline was stopped, prednisolone 30 mg
tapering over 10 days; the purpura was fading at discharge.
Glucose ran high on steroids - insulin doses increased (see chart).
Weight 77.7 kg, BMI 27.5. No anticoagulation.
Kind regards, Dr P. Lowther, Whinfell
"""),
]}

F19 = {"patient_id": "F19", "age": 45, "sex": "F", "notes": [
("2019-12-02", "Holiday Dialysis Transfer Packet", """
ELMSTEAD RENAL UNIT - Holiday Dialysis Referral
Ms Maren Holt, 45.  Unit no ER-1190
To: Laxford Sands Dialysis, 21/12/19 - 04/01/20 (Christmas with family)
ESRD (FSGS), HD (Tue/Thu/Sat) since 2017, L BC AVF, 15G.
No diabetes. No warfarin. Wt 61.2kg, BMI 23.0.
Dialysis: 4h, Qb 350, Qd 500, 2K bath, FX60, heparin 1500.
Bloods 25/11/19: Hb 115, PO4 1.6, Ca 2.30, PTH 38.
Virology 12/11/19 negative.
Family history: her brother died of calciphylaxis in 2015 while on HD;
she is anxious about her own skin and likes it checked.
Skin: fully intact on check 25/11/19.
"""),
("2019-12-28", "Away Unit Treatment Note", """
Laxford Sands Dialysis - guest treatment note 28/12/2019
Ms M. Holt (Elmstead). Session 4.
Pre 62.4 / EDW 61.0, BP 128/74, HR 70, T 36.5.
AVF L arm, 15G x2, good.
Pt asked for a skin check because of her brother's history. Full check
of trunk, buttocks, thighs and legs: no ulcers, no livedo, no plaques,
no tender nodules. Reassured.
UF 1.4L, 4h. Post 61.1kg BP 118/70.
Obs stable throughout, no cramps, no alarms. Reminded about fluid and potassium
over the festive meals (no second helpings of Christmas cake with dried fruit).
Enjoying the holiday; next session Tue 31st.  - R. Daintree RN
"""),
]}

F20 = {"patient_id": "F20", "age": 50, "sex": "M", "notes": [
("2025-06-03", "PD Pre-Travel Counselling Note", """
Greyhaven Home Therapies - pre-holiday PD review 03/06/25
Mr Tobias Renwick, 50, CAPD 4 x 2L since 2023 (ESRD, IgA).
Travelling to the coast by caravan 12/07 - 26/07; supplies to be delivered
to the site on 11/07.
Diabetes: type 2, diet-controlled (HbA1c 45), no tablets or insulin.
Warfarin: no. Wt 94.1kg, BMI 30.6.
Education given:
- exchange technique in the caravan, hand hygiene, fridge for icodextrin
- exit site care after swimming
- calciphylaxis: more common in people on dialysis; told to steer clear
  of hot tubs, heat packs and sunburn, and to ring us about any sore
  purple patch early
- sick-day rules, fluid in hot weather
Exit site clean. Skin intact. PET: high average.
"""),
("2025-07-18", "Holiday Clinic Note", """
Seacombe Surgery - temporary resident  18-07-2025
Mr T. Renwick, 50, holidaymaker on CAPD, came in for a BP check as
advised by his home unit after a headache.
BP 138/84, repeat 134/82. HR 76. Temp 36.6.
He asked us to look at his legs as he'd been told about calciphylaxis
before travelling. Skin examined: legs, thighs and abdomen clear - no
lesion, livedo or ulcer. Exit site dry, no crust.
Headache settled with paracetamol - likely dehydration in the heat.
Plan: extra fluid per home unit guidance, no further action.
Dr H. Cowley
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
