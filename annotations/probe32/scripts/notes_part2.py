"""probe32 corpus notes, P08-P14 (primary care and geriatrics outpatient; all invented)."""

P08 = {"patient_id": "P08", "age": 59, "sex": "F", "notes": [
("2022-03-22", "Diabetes Follow-up Visit", """
PCP f/u - DM2 / ESRD
Tamika R., 59F, grocery cashier (still working 4 shifts/wk around HD sched).
Interval hx: A1c 10.2 -> nephrology and I agreed on insulin; she started Lantus 20u every morning earlier this month, injecting low on the belly, taking turns on either side of the umbilicus. Pen technique watched today, fine. No hypos (lowest CBG 96).
Problem list:
 ESRD, HD MWF 5am chair (Northgate), R forearm AVF
 DM2 w/ nephropathy, retinopathy (laser 2020)
 Severe obesity, BMI 41.3 (wt 112 kg)
 HTN - on carvedilol, amlodipine
 Secondary HPT - cinacalcet 60
 Iron def anemia - IV iron with HD
 Chronic low back pain
Denies tobacco, EtOH socially.
Plan: continue Lantus, titrate +2u q3d to FBG <150. Libre sensor rx sent. Foot exam nl monofilament. f/u 3 mo.
-- D. Okonkwo, MD
"""),
("2023-09-05", "Nurse Triage Call", """
NURSE ADVICE LINE
Pt states: "there's a hard, really painful patch low on my stomach, right side, where the waistband of my work pants digs in." Noticed it sometime in August, at first thought it was a heat rash. Now the center has gone dark, almost black, and the skin around is blotchy purple. Pain 8/10, can barely stand at register.
Store issued new uniform pants in June, says they are a size too small and tight across the belly, she has been wearing them every shift since then. Still doing her Lantus in the lower belly both sides, "right around there too."
No fever/chills. No drainage.
Disposition: see provider within 24 h. Appt tomorrow 10:20 w/ Dr. Okonkwo. Told to wear loose clothing, hold off injecting near the spot.
-- P. Yoon RN
"""),
("2023-09-26", "Specialist Letter (Dermatology)", """
Copied from Allerton Dermatology consult, 9/20/23:
Impression: Calciphylaxis, biopsy-confirmed (deep punch 9/12: calcified, thrombosed arterioles in the subcutis with necrotic fat; von Kossa stain +). The 7 x 3 cm necrotic plaque of the right lower abdomen sits squarely beneath the band of her tight uniform trousers and inside the zone where she has injected glargine for the last year and a half; both likely contributed as local triggers.
Recommendations: no further injections in the abdomen (use upper arms), loose elastic-free clothing, work note for 6 weeks, STS w/ HD per nephrology, wound care q2d.
"""),
]}

P09 = {"patient_id": "P09", "age": 63, "sex": "M", "notes": [
("2021-02-11", "Annual Wellness Visit", """
Annual exam -- Rolling Hills Primary Care
63 yo M, pt of Dr. Guzman. Here for yearly.
PROBLEMS
1) ESRD, on PD (CAPD) since 08/2019; PD cath placed 07/2019
2) DM type 2, insulin dependent - NPH 30u BID + regular SSI
3) Obesity - BMI 35.0 (wt 109.8)
4) HTN
5) PAD, s/p R SFA stent 2018
6) Hyperlipidemia
7) Hypothyroid - levothyroxine
8) ED
Insulin administration: he does every shot into the front of his R thigh ("my shot leg"), never the belly b/c of the PD catheter and never the L leg. Small lipohypertrophy R ant thigh, counseled.
Screening: colonoscopy 2019 ok, AAA US neg. Flu shot today L deltoid.
"""),
("2021-06-03", "Telephone Encounter", """
Tel enc: pt called, spoke w/ RN
c/o a very painful lump on his inner L thigh, noticed about a week ago, "like somebody pressed a hot coin in." Now has a purple web pattern around it and a dark center. Denies any fall or bumping it. Has not injected there.
Also: PD effluent cloudy since yesterday, abd pain -> told to go to ED now for possible peritonitis, PD nurse aware.
Will address thigh lesion in ED / admission.
"""),
("2021-07-15", "Care Coordination Note", """
Care coordination -- post-hospital summary for PCP (Dr. Guzman)
Admitted 6/3-6/16 Mercy West:
 - PD peritonitis (Staph epi), PD catheter removed 6/8; moved to in-center HD through a tunneled R internal jugular line, now HD TTS at Mercy Dialysis. Not planning to return to PD.
 - L medial thigh lesion: derm bx 6/10 = calciphylaxis per path (calcium in arteriolar walls + thrombosis). Now 5 x 4 cm eschar, surrounding livedo.
 - Derm note specifically documents that no insulin has ever gone into the left thigh; all insulin into the R thigh, which is clear of lesions.
 - STS with HD started, calcitriol stopped.
Home health wound RN 3x/wk arranged, hospital bed delivered. Wife teaching done.
-- M. Soto, RN CM
"""),
]}

P10 = {"patient_id": "P10", "age": 70, "sex": "F", "notes": [
("2021-05-10", "Nurse Triage Call", """
TRIAGE NOTE
Pt (Evelyn) calling: painful red-purple patch on back of her right calf, came on Monday 5/3 "out of nowhere." Size of her palm, tender, skin feels hard. No injury that she can think of - denies bumping it, no falls, no bites, nothing put on the leg. No fever. Leg not swollen.
Hx per chart: ESRD on HD (Lakeview unit), A-fib - warfarin stopped in 2016 after GI bleed, now watchful/no anticoag; hypothyroid.
Disposition: appt within 72h; first avail 5/12 with Dr Brennan. Advised to call dialysis team as well.
-- A. Fofana RN
"""),
("2021-05-25", "Urgent Care / Same-day Visit", """
Same-day visit - Dr Brennan
Evelyn returns: on 5/20 she misjudged the porch step and banged the already-sore R calf on its edge. The patch, which we saw 5/12 as an indurated violaceous plaque with livedo, now has a 2 cm open ulcer with dusky dry base at that spot and a small hematoma to the side.
Exam: R posterior calf: plaque about 9 by 6 cm, indurated and dusky, central ulcer, retiform edges. L leg normal. DP pulses dopplerable. Wt 66 kg, BMI 26.0.
Imp: calciphylaxis highly suspected (was already on the d/dx on 5/12, biopsy was arranged), now w/ traumatic breakdown.
Plan: keep derm bx appt 5/27. Wound care: petrolatum gauze, no tape on skin. Tylenol.
"""),
("2021-06-08", "Specialist Letter (Nephrology)", """
Dear Dr Brennan,
Evelyn was biopsied by dermatology on 27 May; pathology shows calcific uremic arteriolopathy with vascular calcification and thrombi in the subcutis of the right calf. This began on 3 May without any preceding local injury; the knock on the step came two and a half weeks later and only opened the existing plaque.
We have started sodium thiosulfate, stopped her calcium carbonate, and will see her in 2 weeks.
Regards, S. Whitlock, Nephrology
"""),
]}

P11 = {"patient_id": "P11", "age": 75, "sex": "M", "notes": [
("2020-01-14", "Annual Physical", """
ANNUAL EXAM
Raymond, 75 M
Problem list
- ESRD on hemodialysis (MWF), L upper arm AV graft
- DM2 on glipizide 2.5 mg, A1c 6.9; not on insulin
- Obesity, BMI 32.6
- Lumbar spinal stenosis w/ chronic LBP - sleeps with a heating pad switched on under his lower back nightly since ~2017, finds it helpful
- CAD s/p CABG 2011
- BPH
- Hearing impairment
- Depression in remission
Counseled on heating pad safety: low setting, timer, not to sleep on it. Pt says he will "try."
Immunizations: PPSV23 given today.
Follow up 6 months.
"""),
("2020-02-20", "Telephone Encounter", """
Phone call from pt's wife, Mrs. Chu
Says Ray has two "black spots with purple around" on the back of his upper legs, one on each side, started about ten days ago, very painful, he can't sit long. Dialysis nurse looked at them Monday.
Denies falls. Wife says he doesn't get any shots in his legs.
Plan per Dr. Asante: derm consult urgently; appt booked 2/24 w/ Dr Lemaire.
-- V. Rios, CMA
"""),
("2020-03-05", "Specialist Letter (Dermatology)", """
Letter from Dr. Lemaire (Dermatology), pasted into chart:
Mr. Chu has two necrotic plaques with livedoid borders on the posterior aspects of both thighs, 4 and 6 cm. Biopsy of the left lesion on 2/24/20 confirms calciphylaxis. His lower back, where he uses a heating pad every night, shows reticulated brown erythema ab igne without any plaque, ulceration or necrosis. I found no trauma, injection, or heat exposure to the posterior thighs.
Management is being coordinated with his nephrologist.
"""),
]}

P12 = {"patient_id": "P12", "age": 64, "sex": "F", "notes": [
("2024-10-15", "Nurse Triage Call", """
Nurse triage - caller: pt (Bernadette)
Painful dark area in the fold under her belly (pannus), started early October as a tender firm spot, now the size of a saucer, purple and "going black in the middle." Since last week she has pressed a frozen gel pack against it whenever it throbs. No fever, no discharge, no injury to the area, no injections in the belly (her dialysis heparin goes through the machine).
PMH: ESRD on HD, A-fib on warfarin, morbid obesity, hypothyroidism. Not diabetic.
Disposition: visit within 24-48h. Scheduled 10/17 w/ NP Gallagher, moved to 10/24 at pt's request (transport).
Told to stop ice until seen.
"""),
("2024-10-24", "Office Visit", """
Office visit - NP Gallagher
64F seen for lower abdominal skin lesion, onset early Oct (see triage 10/15).
Exam: pannus, infra-umbilical midline: 11 x 7 cm stellate purpuric plaque with black central eschar, firm surrounding induration; exquisitely tender. No crepitus. Wt 128 kg, BMI 44.0.
A: painful necrotic pannus plaque, HD pt on warfarin + obesity -> calciphylaxis suspected.
Procedure today: sampled the purpuric rim with a 4mm punch; held pressure till dry, dressing taped on. Pt tolerated.
P: path pending, derm referral, nephrology notified. Pain: oxycodone 2.5 prn. Stop the ice pack for good.
"""),
("2024-11-07", "Specialist Letter (Dermatology)", """
Dermatology - Dr. Ansah, letter to NP Gallagher
Your biopsy confirms calciphylaxis: calcified subcutaneous arterioles with thrombosis. I saw Ms. Doyle on 11/5 and performed a sharp debridement of the loose eschar of the pannus lesion. The ice pack she used on it and your punch biopsy both came after the plaque had already begun and I don't regard either as a cause.
Warfarin to apixaban per cardiology; STS per nephrology; silicone dressings, no adhesive tape.
"""),
]}

P13 = {"patient_id": "P13", "age": 58, "sex": "M", "notes": [
("2022-04-12", "Telephone Encounter", """
TELEPHONE ENCOUNTER - Dr. Varga's pool
Pt (Desmond) reports a sore, hard spot on his left buttock for about 10 days, getting darker. He specifically denies a fall, denies any shots in the buttock, denies heating pads or hot baths, denies sitting on anything hard or unusual. Pain 7/10.
Hx: ESRD on HD x 4 yrs (TTS), obesity, gout, L knee OA (ortho has a piriformis/hip injection on the schedule for 5/2 and is planning L TKA this summer). No diabetes.
Appointment made for tomorrow. Ortho injection to be held until we know what this is.
"""),
("2022-04-28", "Care Coordination Note", """
CARE COORDINATION
Outside results received: derm punch bx L buttock 4/15 -> calciphylaxis (arteriolar calcification, thrombi). Derm + nephrology following, STS started 4/21.
Ortho updated by phone: the 5/2 steroid injection into the left buttock is CANCELLED, never given. L TKA postponed indefinitely. Ortho notes that if surgery eventually happens, post-op enoxaparin shots are to go into his upper arms - never buttocks or belly.
Pt and wife informed. Transportation for wound clinic arranged via Medicaid cab.
-- L. Ambrose, RN CC
"""),
("2022-06-14", "Annual Wellness Visit", """
Annual wellness / chronic care visit
58M, ESRD/HD, calciphylaxis L buttock (dx 4/2022) - healing, eschar lifting, granulation at edges.
Problem list: ESRD on HD; calciphylaxis as above; obesity (problem list) - BMI 29.6 today; gout; L knee OA; HTN; OSA.
Counseling: avoid heating pads, hot water bottles, tight belts, injections into fatty areas; any future subcutaneous heparin goes into the arms only; avoid prolonged sitting on the left side.
Meds: cinacalcet, sevelamer, STS w/ HD, allopurinol, amlodipine. No warfarin, never had.
"""),
]}

P14 = {"patient_id": "P14", "age": 80, "sex": "F", "notes": [
("2023-01-09", "Geriatrics Home Visit", """
HOUSE CALLS PROGRAM - geriatric home visit
Ida, 80F, lives with son. ESRD, hemodialysis through a L arm fistula, HFrEF, dementia (mild-mod), osteoporosis, no DM.
Fall 12/30/22: slid off the edge of her bed reaching for the lamp, landed on her left arm. Sustained a 4 cm flap skin tear on the L dorsal forearm, steri-stripped by son, now healing, edges pink.
Also: R heel has a stage 2 pressure injury - she has been lying in bed more since the holidays, 1.5 cm shallow open area, clean.
Rest of skin: intact incl. both thighs, sacrum, buttocks.
Wt 51 kg, BMI 22.8.
Plan: heel offloading boot ordered, repositioning schedule for son, foam dressing R heel, non-adherent dressing L forearm. PT for fall prevention.
-- House calls NP, R. Delacroix
"""),
("2023-02-02", "Telephone Encounter", """
Son (Marcus) calling - mom has a new painful purple-gray mottled patch, outer R thigh, noticed 1/29, now with a couple of black spots in it, she cries when he touches it. No fall since the one in Dec. No injections there. Forearm tear and heel "look better."
RN reviewed w/ NP Delacroix -> urgent derm referral + home visit Fri.
"""),
("2023-02-21", "Specialist Letter (Dermatology)", """
Westbrook Dermatology, Dr. Nakashima
Re: Ida Pellegrini
R lateral thigh biopsy, 2/9/23: calciphylaxis (panniculus with calcium-laden small vessel walls, thrombi, necrosis). The lesion is on previously untraumatized skin.
For completeness: the healing skin tear on the left forearm and the small pressure ulcer on the right heel were also examined. Both look like ordinary traumatic and pressure wounds respectively, healing as expected, and I do not think either represents calciphylaxis.
Recommend STS via dialysis unit, pain control, continue offloading.
"""),
]}

PATIENTS = [P08, P09, P10, P11, P12, P13, P14]
