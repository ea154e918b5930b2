"""probe26 corpus notes, G08-G14 (all invented)."""

G08 = {"patient_id": "G08", "age": 49, "sex": "M", "notes": [
("2025-02-11", "Nephrology OPD Note", """
Renal OPD - Kaveri Multispeciality, Madurai Rd
49M, textile shop owner. CKD5D on MHD thrice wkly. T2DM on insulin glargine 20u HS + Actrapid tds (abdomen). BMI 23.4. No anticoagulant.
C/o very painful sore on R forearm since last month.
He stands behind the counter all day and leans on his right forearm on the steel edge - has done so since he took over the shop in 2019. Lesion sits precisely on the resting point of the forearm (ulnar border, mid forearm). Started as a firm purple swelling, now black centre.
O/E: R forearm ulnar aspect 3 x 2 cm necrotic plaque, livedo around. L forearm - AVF, thrill +, skin intact.
Ix: Ca 10.6 mg/dl, P 7.9, iPTH 980
Imp: ?CUA at pressure point
Adv: skin bx, padded armrest, STS
"""),
("2025-02-19", "Dermatology Consult", """
Derm: Bx R forearm (14/2) - HPE shows subcutaneous arterioles with circumferential calcific deposition, fibrin thrombi, lobular fat necrosis. Final impression: calciphylaxis. Anatomical site corresponds to chronic pressure from counter edge.
Mx: foam pad on counter, avoid leaning, wound care, STS 3/wk.
"""),
]}

G09 = {"patient_id": "G09", "age": 55, "sex": "F", "notes": [
("2021-06-07", "Admission Clerking", """
Adm - Torrens Valley Hospital
55F, ESKD (diabetic), HD via R IJ permcath, 3 sessions/wk.
c/o 10/7 hx of exquisitely painful purple patch on the inner L thigh, now with black crust.
Insulin: Protaphane 40u bd, "always the right thigh - easier with my good hand". Denies using the left leg, no falls, no heat packs, no tight clothing.
PMHx: T2DM, obesity (BMI 41.2), OSA on CPAP, gout
O/E: L medial thigh 8 x 6cm indurated plaque, central eschar 2cm, retiform purpura. R anterolateral thigh - lipohypertrophy at injection area, no ulceration.
Imp: ?calciphylaxis L thigh
Plan: bx, derm, wound CNC
"""),
("2021-06-10", "Ward Round Note", """
Issues:
# Calciphylaxis L medial thigh - confirmed on punch bx 08/06 (von Kossa +)
# T2DM - cont Protaphane R thigh, BSL ok
# HD - Sensipar started, Ca-free binder
Plan: STS 25g post HD, dressing Acticoat, pain team
"""),
("2021-06-24", "Discharge Letter", """
Dear Dr Antoniou,
Mrs Carla Deluca discharged 24/06/2021. Biopsy-proven calciphylaxis of the left inner thigh. Her insulin goes solely into the R thigh, where there is no lesion. Ongoing STS with HD. BMI 40.8.
Kind regards, Renal Unit
"""),
]}

G10 = {"patient_id": "G10", "age": 70, "sex": "M", "notes": [
("2019-07-15", "GP Referral", """
Kia ora team,
Re Mr Graham Fenwick, 70, on home PD (CAPD 4x/day). Non-diabetic. On warfarin for mechanical AVR.
He has had sciatica and uses an electric heat pad on his low back most evenings since May. Two weeks ago he developed very painful lacy purple marks over both posterior calves, now with black centres on the R. Lower back skin looks fine apart from mild redness.
BMI 28.2. Please see urgently - ?calciphylaxis.
Ta, Dr J. Whaanga, Rimu St Medical
"""),
("2019-07-19", "Ward Round Note", """
Renal WR
S: calf pain, worse at night
O: bilat posterior calves - retiform purpura, R calf 2 eschars 1-2cm, L calf purpura only. Lumbar skin - faint erythema, no plaque/ulcer.
Bx R calf 17/7: calciphylaxis (medial calcification, thrombosis, fat necrosis).
A: Calciphylaxis bilateral calves on PD + warfarin
P: warfarin -> discuss with cardiology (mech valve, must stay anticoag), STS IP, vit K, stop heat pad anyway
"""),
("2019-08-02", "Discharge Summary", """
DC summary: Calciphylaxis of both calves (histology 17/07/2019). Continues warfarin (mechanical AVR) with vit K supplementation. PD continues. Wt 85 kg BMI 28.0.
Follow up: renal clinic + district nurse for dressings.
"""),
]}

G11 = {"patient_id": "G11", "age": 62, "sex": "F", "notes": [
("2021-11-16", "Renal Clinic Note", """
Renal OPD - Mater Misericordiae Clonmore
62F HD Mon/Wed/Fri. T1DM since age 19, on basal-bolus insulin (abdomen), BMI 34.
Noticed a painful dusky patch on outer R hip on 2nd Nov - now 4 cm, hard, with a grey-black centre. Specifically denies any knock, fall, injection or heat to that area beforehand.
On apixaban for DVT 2020. Never warfarin.
Plan: derm review + bx next wk
"""),
("2021-11-24", "Admission Clerking", """
ED/AMU clerking
62F, slipped on wet floor in kitchen on 20/11/21 and landed on her right hip. XR - no #. Already had a painful R hip plaque since 2/11 (under renal).
O/E: R lateral hip - bruising over the pre-existing necrotic plaque, plaque now 5cm with eschar. ROM ok.
Imp: mechanical fall, contusion R hip over ?calciphylaxis
Plan: derm bx in-house, falls ax, physio
"""),
("2021-12-01", "Ward Round Note", """
Derm/renal joint WR
Bx R lateral hip (25/11): calciphylaxis - vascular calcification, thrombi.
Note: the lesion predates the fall by ~3 weeks.
P: STS, cinacalcet, falls prevention, OT
"""),
("2022-01-17", "Renal Clinic Note", """
Review post d/c. R lateral hip calciphylaxis - eschar lifting, base pink, pain down to 3/10 on tapentadol. No further falls since the kitchen slip in Nov. Insulin doses unchanged, sites rotated within abdo. Wt 90.2kg, BMI 34.
Continue thiosulphate with HD; see again late Feb.
"""),
]}

G12 = {"patient_id": "G12", "age": 57, "sex": "M", "notes": [
("2020-02-10", "Nephrology IPD Admission", """
Admission note - Ward 7, Deccan Kidney Hospital
57M, ESRD on MHD (3/wk), T2DM on OHA (teneligliptin), HTN. Wt 98 kg Ht 174 cm BMI 32.5.
C/o painful hard swelling L thigh anterolateral x 3 weeks, blackening x 1 week. No h/o trauma, injection or fomentation before it started.
Since the pain started he has been applying ice packs over the swelling to numb it.
O/E: L anterolateral thigh 9 x 6 cm woody induration, central 3 cm eschar, livedo.
Imp: CUA L thigh likely
Plan: punch bx, stop ice, analgesia, sx opinion for debridement
"""),
("2020-02-14", "Progress Note", """
D4. Punch bx L thigh 11/2 -> calciphylaxis confirmed (Von Kossa +). Surgical debridement of eschar L thigh done 13/2 under LA. Daily dressings with silver alginate.
Pt counselled: no ice packs, no hot fomentation on the wound.
"""),
("2020-05-18", "Nephrology OPD Note", """
F/u - L thigh calciphylaxis wound smaller, granulating, dressings by home nurse. Lost 8 kg. BMI 29.6 now.
Adv: cont STS, cinacalcet, r/v 6 wks
"""),
]}

G13 = {"patient_id": "G13", "age": 45, "sex": "F", "notes": [
("2022-04-04", "Medical Clerking", """
MOPD -> admitted, Ward F2
45F, ESRD on HD via R femoral catheter (2x/wk). T2DM on metformin, poorly controlled. Morbidly obese, weight 131 kg (no height recorded).
PC: painful dark sores on lower abdomen (pannus) x 1 month.
Says nobody has ever put a needle in her belly, denies herbal/hot compress, no belts, no injury. Has not used insulin ever.
O/E: infraumbilical pannus - multiple stellate purpuric plaques, 2 with black eschar, very tender.
Imp: clinical calciphylaxis, pannus
Plan: biopsy, wound care, HbA1c
"""),
("2022-04-08", "Ward Round Note", """
S: pain++
O: pannus lesions unchanged
Bx 5/4 - calciphylaxis confirmed.
HbA1c 10.1% - will start insulin after discussion with dietitian; if started, avoid the pannus, use arms.
Plan: SC heparin prophylaxis to be commenced tomorrow in the thighs, pannus to be avoided. Counselled: avoid IM injections and hot-water compresses.
"""),
("2022-04-20", "Discharge Summary", """
Discharge Summary
Dx: Calciphylaxis (bx proven) of lower abdominal pannus; ESRD (HD); type 2 DM; morbidly obese.
Insulin not commenced - pt declined, remains on metformin.
Review: renal clinic a fortnight from now; wound clinic Thursdays.
"""),
]}

G14 = {"patient_id": "G14", "age": 73, "sex": "M", "notes": [
("2024-08-05", "Admission Clerking", """
Clerking - Eastgate Private, Renal
73M, ESKD (IgA) haemodialysis MWF; warfarin for AF. Non-diabetic. Wt 64, BMI 22.
PC: 2/52 painful purple patches, outer aspect both thighs.
Also: fall at home 28/07 - skin tear L forearm (dressed by GP). Has been largely bedbound last 2 wks with pain.
O/E: bilat lateral thighs - reticulate purpura with firm plaques, R has central black eschar 2cm. Sacrum: 2 x 2cm stage 2 pressure injury. L forearm: healing skin tear, Steri-strips.
Plan: derm bx thigh, pressure area care, air mattress
"""),
("2024-08-09", "Ward Round Note", """
Issues/Plan:
1. Calciphylaxis, lateral thighs bilat - histology 6/8 diagnostic. STS started.
2. Sacral PI stage 2 - from immobility/ lying; wound CNC r/v: typical pressure injury, not calciphylaxis. Repositioning 2/24.
3. L forearm skin tear - healing well, not calciphylaxis.
4. AF - warfarin stopped, apixaban commenced.
"""),
("2024-08-22", "Discharge Summary", """
Dx: Calciphylaxis both lateral thighs (biopsy proven).
Secondary: sacral pressure injury (stage 2, healing), L forearm skin tear (healed).
Warfarin ceased -> apixaban. BMI 21.8.
F/U renal clinic, community wound nurse
"""),
]}

PATIENTS = [G08, G09, G10, G11, G12, G13, G14]
