"""probe193 corpus notes, A08-A14 (sickle cell and haemoglobinopathy day unit and the clinics around it; all invented)."""

A08 = {"patient_id": "A08", "age": 60, "sex": "F", "notes": [
("2021-03-02", "Red Cell Day Unit Attendance", """
RCDU attendance 2nd March 2021

60F HbSC. Dialyses Tu/Th/Sa (ESRD). Humulin I twice daily for her type 2 DM.
Warfarin for AF - POC INR today 2.4.
Obese - wt 94 kg, BMI 36.2.

Crisis in both legs, calves worst, 7/10, 2 days. No chest sx.
Says she cannot sleep without a hot water bottle ("my hottie") wedged behind both calves, and has
done that every night since last autumn. Skin over both calves mottled brown-red but intact.
Advised: cover it with a towel, never straight against skin.
Obs: T 36.5, HR 90, BP 158/84, RR 16, sats 95%.
SC morphine 5mg x1 into the upper arm, paracetamol. Pain 3/10 at 14:00, home.
"""),
("2021-04-20", "Nephrology Clinic", """
Renal clinic - 20/04/21 - Dr Fairbrother

HD 3x/wk, Kt/V 1.4; DW 92.5.
New: two painful ulcers, one behind each calf, came up on Easter Monday as hard purple
lumps and have now opened. R calf 3 x 2 cm, L calf 2 x 2 cm, black centres, livedo around.
Very painful, worse at night.
Bone profile: Ca 2.57 / PO4 2.34 / PTH 83, alb 31. INR 2.7.
Imp: probable calciphylaxis - warfarin, diabetes, obesity, ESRD all in the mix.
Plan: derm urgent; stop warfarin -> apixaban after d/w cardiology; stop calcium; STS to be discussed.
"""),
("2021-05-04", "Dermatology Consultation", """
Dermatology - 04/05/2021

Biopsy left calf 27/04/21: calcified subcutaneous arterioles (medial), thrombi, lobular panniculitis.
Diagnosis: calciphylaxis, both posterior calves.

The two ulcers, now 3.5x2.5cm (R) and 2.5x2cm (L), with thick eschar, sit precisely
under the spots where her hot water bottle has rested every night since the autumn. There is erythema ab igne
around both. I think the repeated heat has determined where the calciphylaxis appeared.

Plan: no further heat to the legs; STS with dialysis (renal); TVN for dressings; analgesia.
Warfarin now stopped (apixaban). BMI 35.8.
"""),
]}

A09 = {"patient_id": "A09", "age": 48, "sex": "M", "notes": [
("2024-06-11", "Haemodialysis Unit Monthly Review", """
HD unit - monthly bloods review 11/06/2024

48M HbSS, ESRD on HD since 2018, R radiocephalic AVF. Not diabetic. No anticoagulation.
Hb 92 on darbepoetin 40 mcg SC once weekly, given by the HD nurses into the LEFT upper arm
(his preference; he has had it there weekly since 2021).
Ca 2.39, PO4 1.9, PTH 54, ferritin 410, TSAT 27%.
Kt/V 1.5. Dry wt 73.0 kg, BMI 24.0.
Pre-HD BP 138/80, pulse 72. AVF thrill good, pump speed 350.
No skin problems reported; last crisis was in March.
Plan: no change. Recheck in 1/12.
"""),
("2024-07-09", "Red Cell Day Unit Attendance", """
RCDU attendance 9-Jul-2024

48M HbSS, ESRD on HD. Crisis - chest wall + R arm pain 8/10 since this morning.
Obs T37.0 HR98 BP146/92 RR19 sats 96%. CXR clear.
22G cannula L hand (R arm is the fistula arm), IV fluids, oxycodone.
Also mentions a very sore hard lump behind the R upper arm, which he has had for
about 2 weeks.
On looking: 3 cm indurated violaceous nodule, R posterior upper arm, dusky centre.
Not explained by crisis - d/w renal, derm referral made.
"""),
("2024-07-23", "Dermatology Consultation", """
Dermatology 23/07/2024

Incisional biopsy (12/07/2024): subcutaneous small-vessel calcification and thrombi, a typical
calciphylaxis picture.

Crisis from 9 July has settled. Lesion pain 7/10; sleeps only on his left now.
R posterior upper arm: 4x3cm eschar with a retiform purpuric rim.
I asked about local injury. His ESA injections always go into the left arm, never the right,
and he can recall no knock, burn or other injury to the right arm. No lesion on the left arm.
Bone profile from HD: Ca 2.52, PO4 2.2.

Dx: calciphylaxis, right upper arm.
Plan: STS on dialysis days, cinacalcet, sevelamer, dressings. BMI 23.8. Review 3 wks.
"""),
]}

A10 = {"patient_id": "A10", "age": 57, "sex": "F", "notes": [
("2024-09-10", "Peritoneal Dialysis Clinic", """
PD clinic, Larchmere - 10.09.2024

57F HbSC, ESRD on APD since 2019, Tenckhoff exiting R lower abdo, site clean.
T2DM on insulin glargine 18u, injects into her thighs (the catheter is in the way on the tummy).
Never on warfarin. Overweight, BMI 29.9.

C/o a sore firm patch, left lower abdomen, since Monday 2 September; cannot
recall any injury. O/E 4x3cm indurated plaque, faint purple net pattern, L lower quadrant,
well away from the exit site.
Bloods: Ca 2.62, PO4 2.5, PTH 102.
Imp: ?early calciphylaxis. Plan: derm, stop calcium carbonate.
"""),
("2024-09-24", "Haematology Ward Round", """
Haem ward round - Ward 7 - 24/09/2024

Admitted 20/09/2024 from RCDU with a crisis not settling (back + chest), on PCA.
VTE prophylaxis: enoxaparin 20 mg SC daily started on admission 20/09, given into the abdomen,
both sides including the L lower quadrant.
The L lower abdominal plaque noted by PD clinic is now larger, 6 x 4 cm, with a 1 cm black centre.
Derm seen on the ward: biopsy taken.
Plan: change enoxaparin injection site to the upper arms; keep APD going.
"""),
("2024-10-08", "Dermatology Clinic", """
Dermatology clinic 8 Oct 2024

Biopsy result (23/09/2024): calciphylaxis - calcified arterioles and thrombosis in the fat.

Exam: L lower quadrant, 7 x 5 cm eschar fringed with retiform purpura, very tender. PD exit
(right side) clean. Pain 6/10 on oral morphine.

Dx: calciphylaxis, left lower abdomen.
The lesion started in early September, before the ward enoxaparin injections (which began
on 20/09), and her PD catheter exit is on the right side. Insulin goes into the thighs. I can
find no local trauma that came before it.

Plan: STS as per renal, wound care, stop calcium, weight loss advice. BMI 29.9.
"""),
]}

A11 = {"patient_id": "A11", "age": 36, "sex": "M", "notes": [
("2020-05-12", "Dermatology Clinic", """
Dermatology clinic - 12/05/2020

36M HbSS, ESRD, HD Mon-Wed-Fri. Warfarin (recurrent DVTs), INR aim 2-3; no diabetes.
Painful lesion, R calf posteriorly, since the end of April. Denies injury.
Pain 7 out of 10, mainly at night; he dangles the leg out of bed to ease it.
O/E: R posterior calf, 5x4cm violaceous plaque, retiform edges, central necrosis
1.5cm; livedo racemosa around it. Foot pulses palpable.
Hb 83, Ca 2.47, PO4 2.1, PTH 66, INR 2.6.
Edge punch bx (4mm) today.
Imp: calciphylaxis is top of the list; sickle leg ulcer less likely in this position.
BMI 21.3.
"""),
("2020-05-26", "Dermatology Results Clinic", """
Derm results - 26.05.2020

Punch biopsy 12/05/2020: calcified vessel walls, intimal thickening, microthrombi,
septal panniculitis: calciphylaxis confirmed.

R posterior calf ulcer now 5.5x4cm, black eschar, slough at the margin. Pain 7/10.
Explained the diagnosis and the outlook to him and his partner; questions answered.
Plan:
- warfarin -> apixaban (haematology agree)
- STS 25 g post HD
- TVN for debridement and dressings
- renal to tighten phosphate, cinacalcet
Ca 2.44, PO4 1.9 on last HD bloods. INR today 2.8.
Review here in 3 weeks.
"""),
("2020-06-09", "Tissue Viability Nurse Review", """
TVN review, RCDU treatment room - 09/06/20

Wound: R posterior calf, 6x4.2cm, 70% black necrosis, 30% slough, mod exudate.
Periwound: livedo, no spreading redness, not hot.
CSWD - loose slough removed from the margins, minimal bleeding, pt tolerated with
Entonox. Cleansed with Prontosan, silver alginate, foam, light retention bandage.
Wound photo taken. Twice weekly dressings at the HD unit.
Pain 6/10 during the change - pre-dressing oxycodone advised.
His goal: to walk to the corner shop again. Next TVN visit 23/06/20.
"""),
("2020-06-30", "Red Cell Day Unit Attendance", """
RCDU attendance 30/06/2020

Crisis, both legs, 8/10. Obs T 37.2, HR 100, BP 133/77, RR 18, SpO2 96%.
20G cannula L ACF, IV fluids. Oxycodone 10 mg, paracetamol.
Heat pack placed on top of the R calf ulcer dressing for comfort (pt request).
Calf wound dressing intact, no strike through. He says the calf pain is the ulcer, the rest
is crisis.
Hb 80, retics 7.9%. Pain 4/10 at 16:00, home. On apixaban now (warfarin stopped end of May).
STS due tomorrow on HD as usual.
"""),
]}

A12 = {"patient_id": "A12", "age": 63, "sex": "F", "notes": [
("2022-08-16", "Haemodialysis Unit Consultant Review", """
Pellbrook HD - consultant review 16/08/22

63F HbSC, ESRD on HD. Impaired glucose tolerance, not diabetic (HbA1c 44). Morbid obesity,
BMI 42.1. pAF: warfarin talked about in 2021, never started.

Pt shows me a painful, hard, purple area, L breast (lower outer), for about 3 wks. No
discharge. She says nothing has injured the breast; no injections, hot or cold packs there, and she
wears a soft non-wired bra.
O/E: 7x5cm indurated plaque, retiform purpura, little central ulcer.
Ca 2.55, PO4 2.29, PTH 77.
Imp: ?calciphylaxis, DDx inflammatory breast ca - urgent derm + breast clinic.
"""),
("2022-08-19", "Dermatology Consultation", """
Dermatology - 19 August 2022

63F HbSC, ESRD on HD, obese. Came with her daughter.
L breast lower outer quadrant: indurated plaque, retiform purpura, necrotic centre 1cm.
Exquisitely tender. Nipple normal, no axillary nodes.
Breast US (breast clinic 18/08): no mass, skin thickening only.
Imp: calciphylaxis strongly suspected.
Plan: deep incisional biopsy next Tuesday. Please, no heat packs or cold packs on the chest wall. If
haematology start enoxaparin for the AF, injections should not go anywhere near the breast.
BMI 42.0.
"""),
("2022-09-06", "Dermatology Results", """
Derm results 06/09/2022

Incisional biopsy of the left breast (23/08/2022): calcium in many small vessels,
thrombosis, fat necrosis present. Calciphylaxis confirmed.
Lesion 8 x 5 cm, eschar now 2 cm. Pain 7/10 on oxycodone; daughter helps with dressings.
Pt again denies any trauma to the area.
Ca 2.40, PO4 1.9 since the binder change.
Breast team: nothing further from their side.
Dressing: hydrofiber + foam, alternate days, district nurse.
Plan: STS with dialysis, non-calcium binder, tissue viability, weight loss support.
Review in 4 weeks.
"""),
]}

A13 = {"patient_id": "A13", "age": 44, "sex": "F", "notes": [
("2023-06-27", "Red Cell Day Unit Attendance", """
RCDU 27/06/2023

44F HbSS, ESRD - PD 2017-2021, moved to HD after recurrent peritonitis, now HD Mon/Wed/Fri.
No diabetes. No anticoagulants. BMI 26.1.
Crisis: low back + both hips, 7/10 since 2 days.
Most evenings since last summer she lies on an electric heat pad, L side of low back.
Today heat pack to L lower back (lumbar, about L3-L5 level) for 45 min at her request.
Obs T 36.7, HR 92, BP 129/80, sats 98%. Hb 77.
Morphine 10 mg SC into the R upper arm x1. Pain 3/10, home at 15:30.
"""),
("2023-07-18", "Haemodialysis Nursing Note", """
HD nurse note 18/7/23

Pt unable to sit back in the chair properly - pain L buttock.
Checked skin: upper outer L buttock, 5 x 4 cm hard purple patch, net-like edge, small black
spot centrally. Per pt, it came up roughly a week ago.
No pressure damage on the sacrum.
Pre obs BP 142/84, HR 90. Sat on a pillow, repositioned hourly; session cut to 3h30 at her
request. Wt 69.4 kg.
Bloods: Ca 2.50, PO4 2.7, PTH 112. Reported to nephrologist, derm referral.
"""),
("2023-08-01", "Dermatology Consultation", """
Dermatology 01/08/2023

Incisional biopsy 21/07/2023: calciphylaxis.

Lesion: upper outer left buttock, below the iliac crest, 6 x 4 cm eschar with retiform edge.
She uses a heat pad on the left lower back, over the lumbar area at about L3-L5. Examined
together: the heat area is on the back, higher up, and the ulcer is on the buttock below it.
There is no erythema ab igne on the buttock, and the heat never goes on the buttock.

Dx: calciphylaxis, left buttock.
Plan: STS with HD, cinacalcet, pressure-relieving cushion, TVN. BMI 25.8.
"""),
]}

A14 = {"patient_id": "A14", "age": 39, "sex": "M", "notes": [
("2021-10-05", "Red Cell Day Unit Attendance", """
RCDU attendance 05/10/2021

39M HbSS, ESRD, HD Tu/Th/Sa. Not diabetic. Not anticoagulated. BMI 23.2.
Crisis, arms + chest wall, 8/10. Obs T 37.6, HR 104, sats 95%.
22G cannula L dorsum of hand at 09:30 -> IV fluids. 11:45 hand swollen, cool, painful: fluids
had extravasated. Cannula removed, limb elevated, hyaluronidase not needed.
13:00: 2 small blisters, dorsum L hand, at the old cannula site.
Plan: plastics advice per extravasation policy, photo, review at next visit.
SC morphine into the upper arms x2. Pain 4/10, home.
"""),
("2021-10-26", "Tissue Viability Nurse Review", """
TVN review - RCDU 26/10/21

1) L hand dorsum: extravasation injury, blisters healed, skin intact.
2) R medial malleolus: he knocked his R ankle on the bed frame at home ~3 weeks ago; small graze
that opened into a shallow ulcer 2x1.5cm, clean granulating base, punched-out edge - typical
of a sickle cell leg ulcer.
Also mentions two sore "hard lumps", one in each upper inner thigh, since mid-October; not examined today,
asked HD unit to get derm to look.
Plan: ankle - compression not tolerated, foam dressing, weekly.
"""),
("2021-11-09", "Dermatology Consultation", """
Dermatology 09/11/2021

Biopsy of the R medial thigh lesion (02/11/2021): calciphylaxis - subcutaneous arterioles
calcified and thrombosed.

O/E: both medial thighs, high up, indurated plaques, retiform purpura on both (R 5x4cm,
L 4x3cm), eschar on the right.
Nothing has been injected, heated or injured at the thighs.
L hand: healed extravasation injury, not calciphylaxis. R ankle: sickle leg ulcer after a knock,
clinically typical; neither is calciphylaxis.

Dx: bilateral thigh calciphylaxis.
Plan: STS on dialysis, swap binder, TVN. BMI 23.0.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
