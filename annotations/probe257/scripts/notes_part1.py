"""probe257 corpus notes, E01-E07 (remote-area Australian clinics, retrieval and regional dialysis; all invented)."""

E01 = {"patient_id": "E01", "age": 58, "sex": "F", "notes": [
("2022-06-14", "RAN Chronic Disease Review", """
WIRRINYA CREEK CLINIC - RAN CHRONIC DISEASE CHECK
Seen with AHP Rosie Ngalkin. Pt happy in English, no interpreter wanted.

Hx: 58yo woman, T2DM since 2009, ESKD on HD at Coolibah Crossing Renal Unit MWF (rides the
renal bus in), HTN. No anticoags - has never been on warfarin.
Meter BGLs 14-19 most mornings on linagliptin alone. HbA1c 9.6% in May.
Obs: BP 152/88, P 84, T 36.7. Wt 92.4kg; BMI 33.1.

Plan (phoned DMO Dr Halvorsen):
- Insulin glargine 10 units nocte, commenced today. First dose given by this RAN into the
  R outer thigh. Pen technique shown twice, return demo good. She wants to keep using the
  R outer thigh only ("belly too soft, don't like it there").
- Discussed moving the needle around within that patch each night.
- Sharps bin + BGL diary given.
- AHP to review in 1/52.
"""),
("2022-09-20", "Visiting Nephrologist Clinic", """
FLY-IN RENAL CLINIC @ Wirrinya Creek (outreach from Red Gum Base Hospital)
Dr P. Okonkwo-Baird, renal physician

Referred by dialysis staff re new painful skin.
ESKD on HD 3x/wk since 2019; T2DM, on glargine since 14/06/22; HTN.
She first felt a "hot hard spot" on the R outer thigh roughly 3 weeks ago; now she lies awake
with it and can't bear the sheet touching it.
O/E: R lat thigh - woody violaceous plaque 6x4cm, netted purple border, black eschar
approx 1.5cm centrally. Sits squarely over the spot she's been using for the glargine pen.
L thigh, abdomen, both calves - clear.
Unit bloods (last Wed): adj calcium 2.58, phosphate 2.31, iPTH 74, albumin 29.
Imp: calciphylaxis at her insulin injection site (clinical).
Plan: from Fri, Na thiosulfate 25g IV, given on the HD machine each run; cease calcium carbonate; she agrees
now to move the insulin to the abdomen; hydromorphone 1 mg PRN; derm outreach for bx next
visit. Wt 91.6, BMI 32.7.
"""),
("2022-10-19", "Dermatology Outreach", """
DERMATOLOGY OUTREACH - Coolibah Crossing Renal Unit (seen between HD runs)
Referral: R thigh ulcer, ?calciphylaxis.
Onset ~end of August, about 11 wks after she started glargine into that thigh.
Exam: R lateral thigh stellate necrotic ulcer 5.5x3.5cm, retiform purpura around the rim,
sloughy base. Full skin check - nothing else.
Edge of the purpura sampled twice, deep incisional (done 11/10 under LA, 2 sutures each).
Histo: small subcut vessels calcified, intima thickened, some thrombosed; adjacent fat
necrotic. Fits calciphylaxis.
Plan: STS to carry on at dialysis; unit nurses to dress it (Inadine, Mepilex border, change
alternate days); avoid any further injections into R thigh.
Wt 91kg; BMI 32.6.
"""),
]}

E02 = {"patient_id": "E02", "age": 41, "sex": "M", "notes": [
("2023-05-09", "RAN RHD Program Visit", """
TJALPA BORE CLINIC - RHD REGISTER / MONTHLY BICILLIN
41M, RHD with mechanical MVR (Port Kestrel 2016) on warfarin; ESKD, HD at Coolibah Crossing
since 2021. Not a diabetic, BSL 6.1 today.
On 28-day benzathine penicillin (Bicillin L-A 1.2 MU IM) since 2015, swapping L and R gluteal
each month.
Today: c/o sore "black skin" up high on his L buttock (outer part), since around Anzac
Day. Burns at night, worse lying on it.
O/E: L upper outer buttock: firm purple patch 5x4cm, black centre, very TTP. No fluctuance.
R buttock normal.
Bicillin given R gluteal today (L side avoided). INR 2.9 (target 2.5-3.5).
Wt 64kg; BMI 22.4.
Photos to DMO + renal team. ?abscess ?other. Review tmrw.
"""),
("2023-05-10", "DMO Telehealth", """
DMO TELEHEALTH - Tjalpa Bore (RAN with pt; photos reviewed)
Painful necrotic-looking plaque L buttock in the zone he gets his monthly IM Bicillin.
Dialysis pt, CaxP high on the April bloods, on warfarin for a metal valve.
Afebrile, HR 78, no spreading redness.
Ddx: calciphylaxis (ESKD + warfarin) / abscess at the injection site / necrotising infection.
Plan:
1. RFDS transfer (non-urgent, next available) to Red Gum Base Hospital for bx + surgical review.
2. Keep warfarin going - mechanical valve. Renal and cardiology to talk re options.
3. Oxycodone 2.5 mg PRN for the flight; paracetamol regular.
"""),
("2023-05-16", "Medical Ward Round", """
RED GUM BASE HOSPITAL - GEN MED WARD ROUND, day 4
Skin bx (2023-05-12, L buttock, incisional): subcut arterioles showing medial
calcific deposits, thrombus within, lobular fat necrosis. No organisms. = CALCIPHYLAXIS.
Lesion is right where his Bicillin has been going in, L gluteal.
Wound: 6x5cm, eschar lifting at the edge, no pus.
Plan: STS 25g every HD run; cinacalcet up-titrate; sevelamer; cardiology say warfarin must
stay (mech MVR), target lowered to 2.5. Future Bicillin into the lateral thigh, not gluteal.
Wound nurse to see; D/C home via RFDS once pain controlled.
"""),
("2023-06-20", "RAN Wound and Bicillin Review", """
Tjalpa Bore - RAN
Bicillin due: given R lateral thigh (vastus lat) today, per hospital plan. Tolerated.
L buttock ulcer: 5.5x4.5cm, 70% slough 30% granulation, edges less purple. Cleaned NaCl,
Inadine + Allevyn. Pain 4/10 (was 9).
Having STS with every dialysis in Coolibah Crossing, says he gets "rotten egg taste".
INR 2.6. BP 128/70.
Wt 63 kg. Sleeping better, eating bush tucker his aunty brings.
Next dressing Thursday after he's back from dialysis. Clinic to ring the renal unit re
wound photos each fortnight. Next Bicillin due 18/07 - lateral thigh again, alternate sides.
Pt knows to come in if fever, smell or the edge goes purple again.
"""),
]}

E03 = {"patient_id": "E03", "age": 67, "sex": "F", "notes": [
("2023-06-27", "Home PD Outreach Review", """
HOME PD VISIT - Burramine Outstation
Renal outreach nurse (Coolibah Crossing), travelled out with the RAN.

67F, ESKD from diabetic nephropathy, CAPD 4 bags/day since 2021. T2DM on linagliptin; insulin
never needed. Had warfarin 2012-14 after a DVT, nothing since. Central obesity; wt
96.2 kg (no height on file).
Exit site clean, no crust, effluent clear. BP 134/72.
Overnight temps down to 1-2 degrees out here. Since early June she takes a hottie (hot water
bottle) into her swag and keeps it jammed against both shins ("legs too cold for sleeping").
Legs: skin intact, bit dry, no marks.
Told her: towel around it, and no boiling water from the billy.
Bloods taken for Ca/PO4/PTH, will go in on the mail plane.
"""),
("2023-08-08", "RAN Outstation Visit", """
Burramine Outstation - fortnightly RAN run
C/o pain R shin "like fire", worst at night, can't stand the blanket on it. She noticed a
dark patch about a month ago - put it down to a bruise.
Hottie still goes in the swag most nights, towel round it now.
O/E: R anterior shin 4x3cm purple-black plaque, woody hard, lacy violet rim, not warm, no
discharge. L shin intact. DP pulses felt both feet.
Obs T 36.6 HR 90 BP 138/74 BSL 8.8.
Wt 95.8 kg.
Plan: photo + hx to renal team -> ?calciphylaxis. Booked in to visiting derm at Coolibah
22/08, PATS organised. Paracetamol 1 g QID.
"""),
("2023-08-22", "Visiting Dermatology Clinic", """
VISITING DERMATOLOGY - Coolibah Crossing Health Service
Ms, 67, PD pt, referred with R shin lesion.
Timeline: hot water bottle resting on both shins every night through winter (from early
June); R shin plaque from about mid-July.
Exam: R anterior lower leg - black eschar 5x3.5cm, retiform purpura at its margin with
livedo beyond; marked tenderness. Lesion lies exactly where the bottle rested. L leg clear.
Impression: calciphylaxis, clinical dx - typical morphology, PD, hyperphosphataemia.
Deep incisional bx taken to confirm (histo to follow).
Plan: IV STS via renal unit; stop the hot water bottle; low-adherent dressings; pain team
phone advice.
"""),
]}

E04 = {"patient_id": "E04", "age": 55, "sex": "M", "notes": [
("2024-02-02", "Renal Unit New Patient - First HD", """
COOLIBAH CROSSING RENAL UNIT - NEW PATIENT / FIRST HAEMODIALYSIS
55M from Ngarlu Rockhole (290 km, last 110 km dirt).
ESKD (diabetic + hypertensive). R IJ permcath placed at Port Kestrel last week, L AVF still
maturing. T2DM on NovoMix 30 BD. No warfarin.
Wt 128 kg, Ht 176 cm, BMI 41.3 (obese).
First HD run today 02/02/2024, 2.5 hr via permcath, UF 1.2 L, uneventful.
Transport: community renal bus M/W/F, leaves Ngarlu 0500, back ~1800. PATS forms done.
Skin check on admission: intact, no lesions.
Education: fluid 1 L/day, K+ foods.
"""),
("2024-04-23", "HD Nursing Progress Note", """
HD run - nursing note
Pt mentions painful dark skin low on his belly on the R, since Easter. Says the lap part
of the seatbelt on the renal bus cuts in right across there, 3 hr each way on the
corrugations, 3 x a week since 02/02/2024.
O/E: R lower abdo / pannus, horizontal band 8x3cm indurated violaceous plaque, dusky
centre, exquisitely tender. L side of pannus clear.
Pre wt 126.5 kg, UF goal 2.8 L.
Plan: photo to renal reg, seen at Thursday clinic. Padding for the belt in the meantime.
"""),
("2024-04-26", "Renal Physician Clinic", """
RENAL CLINIC - Coolibah Crossing (Dr M. Taufa)
R lower abdominal plaque along the bus lap-belt line, onset Easter (31/3), enlarging.
Bloods: Ca 2.66 | phos 2.4 | PTH 96. On NovoMix, injects into the L abdomen and arms - not the R side.
Exam: 9x3.5cm violaceous, indurated band R lower abdomen, early central necrosis,
retiform edge. No other lesions.
Dx: calciphylaxis (clinical), at the site of chronic lap-belt pressure. Bx deferred - poor
healing over the pannus.
Plan: STS 25g at each run; cinacalcet 30 mg; switch calcium carbonate to sevelamer; ask the
renal bus to fit a sash-only or lower seat for him; belt padding. BMI 40.8.
"""),
]}

E05 = {"patient_id": "E05", "age": 49, "sex": "F", "notes": [
("2022-10-17", "RFDS Aeromedical Retrieval", """
RFDS RETRIEVAL - Karnku Community airstrip -> Red Gum Base Hospital ED
Flight nurse T. Marchetti, MO Dr S. Lindqvist on board.
49F, ESKD on HD at Coolibah Crossing, missed 2 runs (funeral travel). T2DM, diet-controlled
now. No warfarin.
On arrival: SOB, crackles to mid-zones, SpO2 88% RA, K+ 7.1 (iSTAT), BP 178/96.
Interventions: 20G PIVC L forearm (volar, mid) 17/10/2022 1415, first go, secured with
tape + Tegaderm. Frusemide 80 mg IV, salbutamol 10 mg neb, Resonium 30 g PO. O2 via HM.
In flight: settled, SpO2 95% on 8 L. Handover to ED 1710 for urgent HD.
"""),
("2022-11-15", "RAN Clinic Note", """
Karnku Clinic - RAN
Back from Red Gum since 26/10, back on her usual HD runs.
C/o very sore L forearm "where the drip was" - it came up as a purple spot 10 days ago, now
gone black. Not sleeping.
O/E: L volar forearm mid third, eschar 3x2.5cm, black, with a rim of purple mottling and
induration ~6 cm across. Old cannula puncture scar in the middle of it. No pus, no tracking
up the arm. T 36.9.
Wt 71kg; BMI 28.7.
Imp: ?infected old cannula site ?other.
Plan: swab, photo to DMO and renal. Booked for punch bx at Red Gum next HD week (22/11).
"""),
("2022-11-29", "Renal Outreach Clinic", """
RENAL OUTREACH - Karnku (visiting renal physician)
L forearm lesion: punch bx at Red Gum 22/11 -> calcific uraemic arteriolopathy (calciphylaxis),
von Kossa positive vessel calcification. Swab grew skin flora only.
This is the site of the PIVC and its tape from the RFDS retrieval (17/10); onset about 3 wks
later.
Ca 2.49 / phos 2.6 / PTH 61. Diet-controlled T2DM, HbA1c 6.4%.
Plan: STS each dialysis day; phosphate binder adherence (Webster pack); no PIVCs in that arm; dressings by
clinic 3x/wk. Pain: paracetamol regular, oxycodone 2.5 mg PRN at night only.
Pt and husband given written info; AHP to help with meds in the Webster pack. Review next visit.
"""),
]}

E06 = {"patient_id": "E06", "age": 63, "sex": "M", "notes": [
("2021-12-27", "RAN After-hours Call-out", """
MARDU HILL CLINIC - AFTER HOURS (on-call RAN)
63M, ESKD on HD at Coolibah (Tue/Thu/Sat), HTN, AF - warfarin stopped 2019, apixaban since.
Not diabetic.
Bitten by a camp dog yesterday (Boxing Day), R calf, walking back from the shop.
O/E: two puncture wounds to the R posterior calf + 3cm superficial lac, mild redness around.
Neurovasc intact.
Mx: irrigated well, left open, non-adherent dressing. ADT booster IM L deltoid today.
Augmentin (renal dose) 5/7. Dog program worker told.
Review 48 hr.
"""),
("2022-01-24", "RAN Wound Review", """
Mardu Hill - RAN
R calf review. Bite marks had closed over by around 7 Jan.
But since mid-January a new, very painful purple area has spread out around the old bite
marks; the middle has turned black. Pain score 9/10, the nights are worst.
O/E: R posterior calf plaque 7x5cm, violaceous and indurated, netlike purpura round its edge, 2cm
central eschar over the healed punctures. Not hot. L calf clear. L deltoid fine.
Wt 79kg; BMI 26.0.
D/w DMO: ?calciphylaxis vs infection. Swab + bloods today. Flying renal clinic 08/02.
"""),
("2022-02-08", "Fly-in Renal Clinic", """
FLY-IN RENAL CLINIC - Mardu Hill
R calf: enlarging necrotic plaque, 8x6cm, retiform purpura, at the dog bite site (bite
26/12/21). Swab - no growth. CRP 14.
PTH 110, PO4 2.2, Ca 2.55.
Impression: R calf calciphylaxis, developed within the healed dog-bite wound. Clinical dx -
bx not done (pt declines, high risk of non-healing).
Plan: IV STS 25g on dialysis days from Thursday, cinacalcet, stop calcium-based binder, apixaban to
continue. Dressings by the clinic. Palliative care phone input for pain.
"""),
]}

E07 = {"patient_id": "E07", "age": 71, "sex": "F", "notes": [
("2020-03-05", "Visiting GP Clinic", """
TJINTA SPRINGS CLINIC - visiting GP (Dr A. Mulvey)
71F, ESKD on HD (Coolibah, MWF), AF with prior stroke on warfarin, T2DM on insulin
(Lantus 24 units mane, injects into her upper arms). BMI 35.8, obese.
INR 1.4 - missed doses while away travelling.
Plan:
- Bridge: enoxaparin 40 mg SC daily from today, Thursday 5 March, given by RAN into the lower
  abdo, swapping sides each day.
- Warfarin reloaded, daily INR on the point-of-care machine until >2 x 2 days, then stop
  enoxaparin.
- Lantus unchanged.
"""),
("2020-04-02", "Renal Unit Nursing Note", """
Coolibah Crossing Renal Unit - nursing
Pt showed us 2 painful dark patches low on her tummy, one each side of the belly button,
both where the clinic nurses gave her daily Clexane (5/3 to 20/3). She first noticed them on
18 March, sore ever since.
O/E: L periumbilical 3x3cm and R periumbilical 4x2.5cm violaceous, hard, netted edge,
small central black area on the R one.
Pre-HD obs stable. INR 2.7 (clinic).
Plan: renal reg informed, derm outreach referral (locum coming 14/4).
"""),
("2020-04-20", "Dermatology Locum Consult", """
DERMATOLOGY - locum consultant, Coolibah Crossing outreach
71 y/o F on HD + warfarin. Biopsy 4/14/2020 from the L periumbilical plaque: calciphylaxis
(subcutaneous arteriolar calcification, thrombosis, panniculitis).
L and R lower abdominal plaques at her recent enoxaparin injection sites (enoxaparin March
5-20, 2020), onset 3/18/20.
Upper arms (insulin sites) clear.
Plan: STS; discuss warfarin -> apixaban with renal/cardiology; no further SC injections in the
abdomen; dressings. BMI 35.1.
Pain: 7/10 at rest, worse bending or getting into the bus seat. Low-dose
hydromorphone per renal. Photos to the chart for comparison. Follow-up 6 weeks by telederm with
the RAN; sooner if new areas appear.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
