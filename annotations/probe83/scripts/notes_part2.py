"""probe83 corpus notes, C08-C14 (rheumatology and vasculitis clinics; all invented)."""

C08 = {"patient_id": "C08", "age": 60, "sex": "M", "notes": [
("2021-11-03", "Rheumatology Follow-up", """
PsA f/u - Dr. Ingrid Szabo
60M psoriatic arthritis (DIP + axial), secukinumab 150 mg SC monthly, given by the clinic nurse into the thighs. Other: T2DM since 2009, on insulin since 2016 - pt injects NPH + regular into his abdomen, "always the lower left side, it's the softest". ESRD (diabetic + HTN) on HD via L brachiocephalic AVF. AF - warfarin 2014-2018, switched to apixaban.
CC: painful "bruise" lower belly, present since October, getting darker.
Exam: BMI 41.2. Large pannus. LLQ of the abdominal wall, within his usual insulin zone: 7x5cm indurated plaque w/ stellate purpura, a 2.5 cm black eschar; multiple small lipohypertrophic lumps nearby. Thighs clear. Joints: 2 tender DIPs, no dactylitis. PASI 1.2.
A/P: ? calciphylaxis at insulin injection sites vs insulin-site abscess vs necrotizing infection (no crepitus, afebrile). Derm urgent; insulin to go into R abdomen or upper arms for now.
"""),
("2021-11-10", "Dermatology Consult", """
Derm - lesion LLQ abdomen.
Hx per pt: insulin into LLQ for ~5 yrs; lump appeared in October 2021 and ulcerated in 2 wks.
Biopsy 11/08: calcified subcutaneous arterioles, occlusive thrombi, widespread fat necrosis. von Kossa +.
Impression: CUA (calcific uremic arteriolopathy) of the L lower abdominal wall, at the long-used insulin site. Central obesity, DM, HD are additional risks. No psoriasis in the area.
Plan: STS, surgical wound consult, pain control.
"""),
("2022-01-12", "Rheumatology Follow-up", """
Brief f/u. Secukinumab continued (thigh injections, skin intact there).
Abd wound: debrided x2 by surgery, granulating, about 4 x 3 cm. Insulin now into upper arms only.
Weight 121 kg, BMI 40.6.
"""),
]}

C09 = {"patient_id": "C09", "age": 69, "sex": "M", "notes": [
("2024-03-05", "Rheumatology Clinic", """
69 yo M, gout + CPPD, ESRD on HD (Pine Hollow Dialysis, Mon/Wed/Fri). Diabetes type 2 - diet, last A1c 6.6, not on insulin or orals. Obese, BMI 33.1. No anticoagulants ever.
Interval: L knee gout flare beginning of February, aspirated 2/6 (MSU crystals), given pred burst; he also iced the left knee 3-4x daily with frozen gel packs for about 3 wks.
New: 9 days ago a painful firm area appeared on the inside of the RIGHT knee. He is clear he never put ice on that side ("the right one never bothered me").
Exam: L knee - mild residual effusion, skin normal. R medial knee - 3x3cm violaceous indurated plaque w/ fine livedo around it and a tiny dusky centre.
Impression: R knee plaque - ?early calciphylaxis; ddx septic bursitis (no warmth), gout tophus (no). Refer derm.
"""),
("2024-03-14", "Dermatology Consult", """
Skin bx R medial knee (3/8): calcified arterioles, microthrombi, panniculitis -> calciphylaxis.
Note: the contralateral (left) knee, which was iced, shows no skin lesion. The right knee had no local injury, injection or heat.
Recommend STS via nephrology, wound care, stop calcium-based binder.
"""),
("2024-04-30", "Rheumatology Follow-up", """
Gout: uric acid 5.8 on allopurinol 100. No flares.
R knee calciphylaxis wound stable, 2.5 cm eschar, pain 4/10. Walking with cane.
BMI 32.7.
"""),
]}

C10 = {"patient_id": "C10", "age": 57, "sex": "F", "notes": [
("2021-03-09", "Rheumatology Follow-up", """
57F MCTD (U1-RNP >8, Raynaud, sclerodactyly, myositis in past), ESRD from HTN nephrosclerosis, HD since 2018. On warfarin for paroxysmal AF. No DM.
New since 3/1: exquisitely tender, deep purple, hard patch over the posterior left upper arm, now 4 cm. She specifically denies any fall, knock, injection, BP cuff on that arm, heat or ice. Fistula is in the R arm.
Exam: L posterior upper arm - stellate violaceous plaque w/ central pallor and livedo edge. Afebrile. INR 2.6. PTH 780.
A/P: ? calciphylaxis (proximal site, warfarin, HD) vs MCTD vasculopathy vs panniculitis. Biopsy next wk.
"""),
("2021-03-25", "Rheumatology Urgent Visit", """
Bx L arm 3/16 confirms calciphylaxis: subcutis shows vessel-wall calcium, occluding thrombi, necrotic fat lobules. Nephrology notified; STS started 3/22.
She came in today because on 3/20 she walked into the edge of the bathroom door and struck the same L arm lesion; it bled a little and the eschar edge lifted. No new lesions.
Exam: L posterior upper arm 5 x 4 cm plaque w/ central black eschar, small abrasion on its lower margin. No cellulitis.
Plan: dressing, remove clutter at home, OT home safety.
"""),
("2021-04-13", "Phone Note - Rheumatology", """
Daughter called: mom's arm sore is "no bigger", STS every dialysis, pain pills help. Asked whether warfarin should stop - discussed with nephro; they will switch to apixaban at next HD.
"""),
("2021-05-04", "Rheumatology Follow-up", """
MCTD stable. L arm CUA lesion 3.5 x 3 cm, clean eschar. Now on apixaban (warfarin stopped 4/15).
Wt 63 kg, BMI 24.4. RTC 3 mo.
"""),
]}

C11 = {"patient_id": "C11", "age": 52, "sex": "F", "notes": [
("2022-06-07", "Lupus Clinic Follow-up", """
Lupus clinic.
52F SLE + APS (triple positive), ESRD on PD since 2020. Warfarin, INR target 3. Belimumab 200 mg SC weekly into the abdomen (she alternates sides of the belly button). Chronic LBP: most nights she keeps a plugged-in heating pad tucked beneath the lumbar area. No diabetes.
New complaint: painful purplish blotches on both calves for about 2 wks, and now two small open sores L calf.
Exam: BMI 28.4. Abdomen: injection sites clean, no induration, no bruising. Low back: faint lacy brownish discolouration c/w erythema ab igne; no plaque or ulcer there. Calves: retiform purpura bilat, posterior; L calf 2 punched-out ulcers w/ black base.
A/P: retiform purpura in APS + PD pt: ddx APS thrombotic vasculopathy vs calciphylaxis vs warfarin necrosis vs cryo. Bx.
"""),
("2022-06-16", "Dermatology Consult", """
Deep punch L calf 6/10: calcium within subcutaneous small-vessel walls, thrombosed lumina, septal panniculitis. No thrombotic microangiopathy of dermal capillaries outside the calcified vessels.
Dx: calciphylaxis of the lower legs. Belimumab sites on the abdomen and the heat-exposed low back are both free of lesions.
"""),
("2022-08-02", "Lupus Clinic Follow-up", """
Calf ulcers shallower; STS IP x 6 wks. Warfarin continued (APS, high risk) with vitamin K2 added by nephro.
Heating pad: told to stop it anyway.
Wt down 1.5 kg since June; BMI 27.9.
"""),
]}

C12 = {"patient_id": "C12", "age": 64, "sex": "F", "notes": [
("2022-09-20", "Rheumatology Follow-up", """
64F RA (RF+, CCP+) on tofacitinib, ESRD (DM nephropathy) on HD Tue/Thu/Sat; T2DM, detemir into thighs/abd. BMI 38.0. No warfarin.
She reports a very painful hard spot on the L breast since Sept 12, underneath the bra, now turning black. Denies any trauma to the breast, no recent mammogram or biopsy, no heat.
Exam: UOQ of the L breast: 5x4cm indurated plaque, livedo at its margin, eschar centrally. No nipple change, no axillary nodes. R breast normal.
A/P: ?calciphylaxis (fatty breast tissue is a recognised site) vs fat necrosis vs inflammatory breast ca. Urgent breast imaging + derm punch.
"""),
("2022-10-04", "Dermatology Procedure Note", """
Punch bx x2, L breast plaque margin, 9/22. Path: calciphylaxis - medial calcification of small arteries in breast fat, thrombi, necrosis. Mammo/US: no mass.
Since the punch, pt holds cool wet compresses on the breast lesion for pain, several times a day. Steri-strips and tape over the biopsy sites stripped a little skin along the plaque's rim.
Plan: wound clinic to sharply debride the eschar; switch to silicone border dressing; STS via HD.
"""),
("2022-11-15", "Rheumatology Follow-up", """
L breast calciphylaxis - debrided 10/18, wound 3x2.5cm, granulating. Pain improved.
RA: 1 swollen joint. Tofacitinib held during wound healing.
Insulin continued. BMI 37.4.
"""),
]}

C13 = {"patient_id": "C13", "age": 55, "sex": "M", "notes": [
("2019-02-12", "Vasculitis Clinic", """
VASCULITIS CLINIC - GPA (PR3-ANCA), dx 2015, renal involvement -> ESRD, HD since 2017 via R IJ tunneled cath.
Maintenance rituximab 500 mg IV q6mo. No insulin; prediabetes only. Obese (BMI 43.0). Never anticoagulated.
Presents w/ 2 wks of burning pain in the lower abdominal pannus; now a large dusky patch. On direct questioning: nothing is injected into the belly - not insulin, not heparin, nothing else, never uses a heating pad/hot water bottle, no tight belts, no bumps or falls.
Exam: infraumbilical pannus, midline to R: 10 x 6 cm violaceous indurated plaque w/ net-like purpura and a stellate black centre.
PR3 12 (was 9). CRP 22.
A/P: ddx GPA relapse with cutaneous vasculitis vs calciphylaxis vs necrotizing fasciitis. Admit, surgery consult, deep bx.
"""),
("2019-02-15", "Inpatient Rheumatology Consult Follow-up", """
Deep incisional bx of pannus lesion 2/13: calcified small arterioles w/ intimal proliferation + thrombi, no vasculitis, no granulomas. Dx: calciphylaxis. GPA considered inactive.
DVT prophylaxis: team proposes to start SC heparin tomorrow - we recommend giving it into the thighs or arms, never into the abdomen, if it is started at all.
Counselled pt: calciphylaxis can spread to areas of pressure or injury, so avoid tight waistbands and belts across the pannus.
"""),
("2019-04-09", "Vasculitis Clinic", """
Pannus wound debrided twice by gen surg; now 7 x 4 cm granulating. STS continues. Heparin was never given (mobilised early). PR3 stable. BMI 42.1.
"""),
]}

C14 = {"patient_id": "C14", "age": 46, "sex": "F", "notes": [
("2024-10-01", "Rheumatology Inpatient Consult", """
Consult: ulcers, ? vasculitis.
46F RA (seropositive) + ESRD on HD (FSGS), T2DM (linagliptin only, no insulin). BMI 27.9.
Issue 1: on 9/24 a peripheral IV was placed in the L forearm; it was removed on 9/26. Since 9/28 a rapidly enlarging painful ulcer at that IV site, 3 cm, with a violaceous undermined border and purulent base.
Issue 2: bilateral buttocks - painful indurated plaques, retiform purpura, scattered tiny black eschars, since about mid-September; she denies any injections, heat, falls or injury to the buttocks.
Assessment: (1) IV-site ulcer L forearm - pathergy; favor pyoderma gangrenosum in RA; bx edge. (2) buttock lesions - concern for calciphylaxis; deep bx.
"""),
("2024-10-08", "Rheumatology Inpatient Follow-up", """
Path:
- L forearm ulcer edge: dense dermal neutrophilic infiltrate, no vascular calcification, cultures neg -> pyoderma gangrenosum. Not calciphylaxis.
- R buttock: calcified thrombosed subcutaneous arterioles amid necrotic fat = calciphylaxis.
Plan: PG - topical clobetasol + low dose pred; calciphylaxis - STS w/ HD, offloading mattress.
Also 10/6 pt slipped in the shower and scraped her R shin; small superficial abrasion, cleaned, it is a traumatic abrasion only and not a calciphylaxis lesion.
"""),
("2024-11-19", "Rheumatology Clinic", """
Post-discharge. Forearm PG healed w/ cribriform scar. Buttock eschars lifting, no new lesions. Shin scrape healed.
BMI 27.5.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
