"""probe14 corpus notes, M01-M07 (community and long-term care; all invented)."""

M01 = {"patient_id": "M01", "age": 68, "sex": "F", "notes": [
("2022-01-10", "Patient Portal Message", """
Subject: painful spot - help please
Hi Dr Okafor
I have got a really sore place on the top of my right thigh, its the place where Dennis does my shots every morning (the insulin). It came up 9 days ago as a hard lump like a marble under the skin and now theres a black spot in the centre of it, 5p size, and purple lacy bits all round it. It hurts so much at night I cant have the duvet touching it
Dennis has been doing the injections in that same patch since March last year because my hands shake to much to do them myself. Could it be an infection?? my PD bags are fine, no cloudy fluid.
thanks Maureen
"""),
("2022-01-12", "GP Visit", """
GP surgery - face to face appt
68 y/o woman. ESRD, doing CAPD with 4 bags daily. T2DM, glargine 24 u every morning, given by her husband because of her essential tremor. He has used the R anterior thigh for every dose since 03/2021 ("easiest spot for him to reach while I'm sat in my chair").
Hx: lump in R thigh first felt on 1 Jan, quickly became painful, a black centre showed up within a few days. No fevers. No new medicines. Never taken warfarin.
O/E: T 36.8. R anterior thigh, in the injection zone: 4 x 3 cm woody, indurated violaceous plaque; black crust (1.2 cm) sits centrally, and there is a reticulate purple rim. Tender even to a feather touch. L thigh and abdomen unremarkable. Wt 84 kg, BMI 32.0.
Imp: necrotic plaque at insulin injection site in a PD pt - calciphylaxis top of my list; ddx infected injection site (no fluctuance, no pus).
Plan: same-week derm + renal referral sent. Husband to use the abdomen for insulin meanwhile. Paracetamol regular, low dose oxycodone (renally dosed).
"""),
("2022-01-20", "Dermatology Reply Letter", """
Dear Dr Okafor,
Re: Mrs Maureen Hollis, 68
Many thanks for sending this lady, whom I saw in the rapid access clinic on 18 January. I agree with your findings. Histology of my 4 mm sample, taken at the rim of the right thigh plaque, shows small subcutaneous vessels with medial calcium deposition and luminal thrombus, with surrounding fat necrosis; von Kossa positive. This confirms calciphylaxis. The plaque sits exactly on the patch of skin her husband has used for her insulin since March 2021, and we think the repeated needling acted as the trigger.
Weight today 82 kg, BMI 31.4. I have asked the PD team to look at her binders and to discuss sodium thiosulfate. Please make sure no further injections go into either thigh.
Yours sincerely
Dr R. Achebe, Consultant Dermatologist
"""),
]}

M02 = {"patient_id": "M02", "age": 81, "sex": "M", "notes": [
("2024-01-18", "SNF Skin Assessment", """
WEEKLY SKIN ASSESSMENT - Maple Unit, Rm 12B
Resident: 81 yo male. Dx incl ESRD on hemodialysis (M/W/F at outside unit), atrial fibrillation on warfarin, type 2 DM on diet + linagliptin (no insulin).
Findings:
- Left lower back, at about waist level: purple/black area approx 5 cm x 3 cm, firm raised edges, dark crust centrally. Resident grimaces and says "ow" when turned onto it. First noticed by night CNA on 01/16/2024 during care.
- Heels: intact, offloaded in boots.
- Sacrum: intact, blanchable.
Resident states "that's where my hot water bottle goes". Hot water bottle found in his bed - not on the facility approved list; removed and sent home w/ family per policy.
Ht 178 cm Wt 74.5 kg BMI 23.5
NP notified, wound RN referral placed. Will update daughter.
"""),
("2024-01-19", "Telephone Encounter - Relative", """
Spoke w/ daughter (Linda, POA) by phone about the new wound on her dad's back.
She says she brought the hot water bottle over from his house in early November 2023 because he kept saying his room was cold and his back ached. Either staff or she would fill it from the kettle and he'd wedge it behind him on the left side, in bed at night and in the recliner after lunch, pretty much daily since. "It was always really hot, I told him to wrap a towel round it." She had noticed a brown mottled look on that part of his back around Christmas but no sore then.
Explained our policy on heat devices. Daughter agrees, asks whether this is "a burn". Told her the wound team and a skin specialist will be looking at it.
"""),
("2024-01-30", "Dermatology Reply", """
Dermatology - reply to SNF attending
Many thanks for the referral of Mr Kowalczyk (Maple Unit).
Exam: left lower back, an indurated 6 by 3.5 cm plaque whose centre carries a stuck-on eschar, retiform purpura at its margin; reticulated brown pigmentation (erythema ab igne) over the surrounding skin.
Punch biopsy (taken 01/24/2024): subcutaneous arterioles showing calcified walls, intimal thickening and thrombi, plus necrotic fat. DIAGNOSIS: calciphylaxis.
Staff first saw the lesion on 16 January 2024. It sits inside the area heated nightly by a hot water bottle since early November 2023, and we think the repeated heat injury localised the disease there.
Recs: no heat devices of any kind; warfarin to be replaced by apixaban (cardiology agrees); thiosulfate (25 g) dripped in towards the end of every HD treatment; dressings per wound RN.
"""),
]}

M03 = {"patient_id": "M03", "age": 74, "sex": "F", "notes": [
("2023-05-02", "Physiotherapy Note", """
Community physiotherapy - home visit 3
74F, ESRD, haemodialysis Tue/Thu/Sat. Not diabetic. Mobilising indoors with a 4-wheeled rollator supplied on hospital discharge 10 April 2023.
Obs: she walks very close inside the frame; with each left step her shin rubs along the low crossbar, and her husband says he "can hear it rubbing all day". This has been happening since she first got the frame. Skin over L anterior shin pink, unbroken.
Tx: gait re-education, cue to stay back from the frame; frame height raised 2 notches; advised foam padding for the crossbar - pt reluctant ("it looks daft").
BMI 30.0 (taken from discharge letter).
Plan: review in 2/52.
"""),
("2023-06-06", "Home Care Nursing Visit", """
HOME NURSING VISIT
Referral from GP: painful scab L leg.
Daughter present. Reports the walker has kept rubbing against the front of Mum's left shin every day and the padding was never fitted. About 2 weeks ago a purple patch "like a bruise" came up on the shin exactly where it rubs, then it went black in the middle.
Assessment: L anterior shin, mid third: 2.5 x 2 cm dry black eschar with a 1 cm violaceous non-blanching rim and lacy mottling beyond. Pain 8/10 to touch and worse at night. Foot pulses palpable. R shin intact.
Dialysis continues at the unit TTS.
Actions: non-adherent dressing; pad fitted to the crossbar today; GP and renal team emailed re ?calciphylaxis.
"""),
("2023-06-15", "Nephrology Reply Letter", """
Renal outpatients - letter to GP
Diagnoses:
1. Calciphylaxis, left anterior shin - confirmed on deep incisional biopsy 9 June 2023.
2. ESRD on haemodialysis (TTS).
The ulcer lies right over the point where her rollator crossbar has rubbed since April, and we regard that friction as the local trigger. No diabetes; no warfarin ever. BMI 30.0.
Plan: sodium thiosulfate on each dialysis day; add cinacalcet; stop calcium carbonate; rollator swapped for a wider frame via OT.
"""),
]}

M04 = {"patient_id": "M04", "age": 66, "sex": "F", "notes": [
("2021-03-09", "Physiotherapy Note", """
Outpatient physio - post-op hip
66F, three weeks after R total hip replacement (posterolateral approach, 17 Feb 2021).
PMH: CKD stage 4 (eGFR 18, NOT on dialysis, followed by renal), T2DM on linagliptin + gliclazide, no insulin; DVT 2017 treated with warfarin until 2019, now apixaban. BMI 34.8.
Wound: R lateral hip incision healed, clips out, scar flat, no redness.
Tx: hip precautions reinforced, sit-to-stand practice, progressed from frame to 2 sticks indoors.
Plan: continue weekly.
"""),
("2021-05-20", "Home Care Nursing Visit", """
District nurse visit - requested by GP
Client says "the scar went purple like a grape" at the start of May, and has since turned "hard as a rock" and very painful; this week a black crust formed at the lower end. No temperatures. Has not injured it, no heat or ice used on it.
O/E: along R lateral hip surgical scar: a violaceous, indurated plaque measuring 10 by 3 cm, black eschar (20 x 15 mm) at the distal pole, net-like purple discolouration spreading 2 cm either side. No discharge.
Obs stable. Photo taken with consent. Dressing applied. GP informed - infection vs something else? She has an urgent ortho review booked 25/05.
"""),
("2021-06-02", "Orthopaedic Reply Letter", """
Dear Dr Lindqvist,
Thank you for your letter about Mrs Varga, whom I saw in clinic on 25 May with her husband. CRP 12; X-ray shows a satisfactory implant position.
Incisional biopsy of the plaque at the distal end of the R hip scar (27 May): arterioles with circumferential calcification and microthrombi, septal panniculitis and fat necrosis. The histology is diagnostic of calciphylaxis (calcific uraemic arteriolopathy) in non-dialysis CKD 4. No evidence of periprosthetic infection.
The lesion appeared in the healed incision from her operation of 17 February 2021, with onset in early May, so the surgical wound seems to have set the site. The renal team are now leading; Ortho follow-up booked six weeks from now.
Kind regards, Mr P. Sandoval, Consultant Orthopaedic Surgeon
"""),
]}

M05 = {"patient_id": "M05", "age": 77, "sex": "F", "notes": [
("2020-01-07", "Telephone Encounter - Relative", """
Phone call from son (Gareth), worried about his mum.
Says her cat Pickle caught her across the outside of the left forearm on Boxing Day while she was trimming his claws - "just a scratch, it closed up fine". Then from New Year's Day the spot went dark purple and angry looking, and now there is a thumbnail-sized black scab at its centre and she cries if her sleeve brushes it. Mum goes to dialysis 3 days a week.
GP appt booked for tomorrow.
"""),
("2020-01-08", "GP Visit", """
77F, ESRD on haemodialysis MWF via a R arm fistula. No diabetes. Not anticoagulated, never on warfarin.
HPI: cat scratch L dorsal forearm 26 Dec 2019, superficial, healed in a few days. From 01/01/2020 a painful purple area at the very same spot, now necrotic.
O/E: L dorsal forearm: stellate purpuric plaque, approx 3 by 2.5 cm, 1 cm central eschar, surrounding livedo; very tender. No lymphangitis, afebrile. BMI 26.2.
Imp: ?calciphylaxis at scratch site vs infected scratch (pasteurella). Co-amoxiclav started empirically. Urgent derm referral.
"""),
("2020-01-22", "Dermatology Reply Letter", """
Dear Dr Mensah
Thank you for referring Mrs Pryce. Punch biopsy of the L forearm on 14/01/2020 shows calcified small vessels deep in the dermis and fat, with thrombi; Gram stain and tissue cultures negative. Diagnosis: calciphylaxis, localised to the site of the cat scratch of 26/12/2019. We consider the scratch to have been the trigger. Please stop the antibiotic.
Renal colleagues informed; she starts sodium thiosulfate on dialysis next week.
Yours sincerely, Dr H. Liang
"""),
]}

M06 = {"patient_id": "M06", "age": 59, "sex": "M", "notes": [
("2022-10-20", "Dialysis Chair Nursing Note", """
HD Unit B, chair 7 - nursing
59M, HD Tu/Th/Sa via L arm AVF, cannulated without problem.
Pt quiet today, showed me a painful area low on his belly. States it started 3 weeks ago as "a bruise that wouldn't go away" and has turned firm and dark. His wife gives his blood thinner shots (dalteparin, since his leg clot in August) into his lower belly every evening.
Lower abdomen, below the umbilicus: approx 6 x 5 cm dusky purple firm plaque, lacy purple margins, 1 cm black centre. Pain 7/10.
Pre-HD wt 91.2 kg. BMI 29.9. Not diabetic. No warfarin - dalteparin only.
Told Dr Abara on the floor; will review before end of run.
"""),
("2022-10-21", "Telephone Encounter - Relative", """
Call from pt's wife (Rosa). She has been doing his dalteparin jabs since the middle of August, always in the same area of his lower tummy "because that's where the nurse showed me". She is upset: "it's right where I give them". Asks whether she should stop.
Advised: keep giving the dose but not into the painful area, use the top of the arms until the renal team have reviewed him. She will call back if he is feverish.
"""),
("2022-11-02", "Nephrology Clinic Note", """
Nephrology clinic
Lower abdominal wall plaque biopsied 10/26/2022: mineralised walls in little arteries of the fatty layer, clot within them, fat necrosis - calciphylaxis.
The lesion is confined to the zone of the nightly dalteparin injections (started August 2022).
Plan: dalteparin stopped and apixaban started instead; thiosulfate to be given on dialysis days; wound clinic. BMI 29.9 - overweight, not obese.
"""),
]}

M07 = {"patient_id": "M07", "age": 70, "sex": "F", "notes": [
("2024-02-06", "SNF Skin Assessment", """
SKIN/WOUND ASSESSMENT - Birchwood Care Centre
70F, ESRD on peritoneal dialysis (nightly cycler), T2DM - insulin given by nursing into the upper arms, AF on warfarin.
NEW: both anterior thighs, first noted by day nurse on 02/05/2024 at morning care.
R ant thigh: 4 x 3 cm purple-black plaque, firm, netted purple margin, black centre.
L ant thigh: 3 x 3 cm dusky violet plaque, firm, no crust yet.
Both very painful to touch.
Note: family installed an infrared heat lamp next to her recliner in October 2023; staff report it is angled at the front of her thighs for 2-3 hours most afternoons (she says it eases her arthritis). Lamp unplugged pending review.
Wt 96 kg; BMI 38.1.
MD and family notified.
"""),
("2024-02-08", "Telephone Encounter - Relative", """
Son (Dev) phoned back. Confirms he bought "the heater" - a red infrared bulb lamp - for his mum in October last year, the week the clocks went back. She sits under it every afternoon with a rug over her knees but leaves the front of her thighs uncovered "so the warmth gets in". He says the skin there went blotchy and brown over the winter. He is upset that it may have caused the sores.
Reassured; explained the skin doctor is coming in to see her.
"""),
("2024-02-20", "Dermatology Reply", """
Dermatology visit at Birchwood (reply to attending)
Both anterior thigh plaques now have central necrosis, edged by retiform purpura, set within the mottled brown skin of erythema ab igne.
Given PD, warfarin, diabetes, obesity and this classic picture, the clinical diagnosis is calciphylaxis; biopsy deferred (patient and family prefer to avoid it, and it risks a wound that will not heal). The lesions lie inside the field of the heat lamp used since October 2023 - a thermal trigger.
Plan: lamp removed for good; warfarin to apixaban; sodium thiosulfate via renal; pain team to review.
"""),
]}

PATIENTS = [M01, M02, M03, M04, M05, M06, M07]
