"""probe117 corpus notes, A01-A07 (home dialysis unit: PD and home HD training, home visits, phone triage; all invented)."""

A01 = {"patient_id": "A01", "age": 62, "sex": "F", "notes": [
("2021-02-10", "PD Nurse Home Visit", """
HV - CAPD, 4 x 2L exchanges, pt doing all her own bags.
ES (R of umbilicus): dry, no crust, no redness. Score 0. Tenckhoff taped down ok.
Pt wanted me to see a sore bit on her L lower tummy, under the navel. Began ~3 wks ago - firm tender patch the size of a 50c coin, now has a dusky grey middle. Pain 7/10, nights worst.
She does her Lantus there - "always the left, my tube lives on the right". Has used the same few inches of skin since June last yr when the GP put her on insulin.
Wt 86.0 kg. BP 148/82. Fluid status euvolaemic.
Photo taken w/ consent, uploaded. Discussed w/ Dr Varga on phone - for review in clinic Mon. Advised: thighs for insulin till seen.
"""),
("2021-02-15", "Home Therapies Clinic", """
Renal clinic (home therapies). 62F, ESKD (DM nephropathy), CAPD from 2019. T2DM - glargine 30u nocte. No anticoagulants ever.
c/o painful L lower abdominal lesion x 3-4 wks.
O/E: LLQ, 3 x 4 cm area of retiform purpura, indurated, with a central black eschar 1 cm. Exquisitely tender. Lies within her usual glargine field. Catheter exit site R side, clean, well away from it. Other skin NAD.
Ca 2.41, PO4 2.3 (high), PTH 64 pmol/L. On calcium carbonate binder.
Wt 85.6, ht 1.655 m -> BMI 31.2 (obese).
Imp: ?calciphylaxis at insulin injection site. 4mm punch bx from edge taken today.
Plan: stop calcium based binder, switch sevelamer. Await histo. Insulin into thighs meantime.
"""),
("2021-03-01", "Phone Call - Results", """
Rang pt w/ histology. Skin bx L lower abdo: tiny subcut arterioles with calcified media, clot in lumens, necrotic fat; von Kossa stain +ve. c/w calcific uraemic arteriolopathy. Explained to pt and husband that this is calciphylaxis, and that it has come up right where she was injecting the Lantus.
STS 3x/wk to be given IP - PD pharmacist aware. Wound nurse to visit Thurs.
She is a bit teary, wants to keep doing PD at home. Reassured.
"""),
]}

A02 = {"patient_id": "A02", "age": 71, "sex": "M", "notes": [
("2023-02-08", "Phone Triage", """
Incoming call from wife (Marguerite) re pt on home HD.
"The tops of both his thighs have gone all blotchy purple with a couple of black scabby bits, and he can hardly bear the blanket on them." Started about the middle of January she thinks. No fever, eating ok.
Asked about heat - yes, he sits in the recliner every evening w/ the electric heat pad laid across his lap, has done since last autumn, "he feels the cold terrible since the dialysis".
Triage: urgent - booked for HHD clinic Fri. Told her to unplug the pad and keep it off.
"""),
("2023-02-10", "Home HD Clinic", """
HHD clinic r/v. 71M. ESRD (IgA nephropathy), home HD via L radiocephalic AVF, 5x/wk short sessions, wife is trained carer. AF - warfarin, INR 2.6 on the 3rd. HbA1c 5.3, no DM.
Hx as per phone triage. Heat pad across both upper legs most evenings for some months.
Skin: anterior aspect of R thigh, 6x5cm violaceous net-like plaque, black eschar centrally. L anterior thigh similar, smaller 3 x 3 cm, early eschar. Both in the band where the pad lay, per wife. Faint reticulate brown staining also over both thighs.
Wt 79kg, BMI 27.4.
A/P: very likely calciphylaxis, heat as trigger. Derm asked to see + bx. Warfarin -> discuss switch w/ cardiology. No more heat pad, ever.
"""),
("2023-02-24", "Dermatology Consult", """
Derm clinic note
Referred by the home dialysis team with painful necrotic plaques over both anterior thighs (onset mid-Jan 2023).
Biopsy (R thigh, deep incisional, 15/02): calcified walls of little subcutaneous vessels, intimal hyperplasia, extensive fat necrosis. Diagnosis: calciphylaxis. The overlying brown reticulate change fits erythema ab igne (the heat pad).
Counselled. Agree warfarin to be changed. Topical care per wound team; analgesia via renal palliative.
"""),
]}

A03 = {"patient_id": "A03", "age": 58, "sex": "F", "notes": [
("2024-04-02", "PD Training Nurse", """
PD training day 6/8 - APD on cycler.
Pt bothered by the catheter swinging about so have supplied a catheter holder belt today (elastic, velcro + plastic buckle). She likes it done up snug - buckle ends up over her right flank. Told her it need not be that tight, she says it feels "more secure".
Exit site L paramedian: healing, no discharge.
T2DM managed by diet alone - no insulin/tablets. No warfarin. Wt 81.8kg, ht 165cm, BMI 30.0.
Next training session Thurs.
"""),
("2024-05-16", "Phone Triage", """
PT CALLED 0930
c/o very painful black spot on R side, "where the belt buckle digs in". Noticed it 10 days ago as a red tender lump, now black in middle and purplish all around. Has taken the belt off since yesterday.
Cycler running fine overnight, effluent clear, no abdo pain, no fevers.
Adv: come in Mon for r/v w/ nephrologist, photo via app meantime. Paracetamol ok.
"""),
("2024-05-20", "Home Therapies Clinic", """
HT clinic - Dr Okonkwo
58F, ESKD (ADPKD), APD since April. Diet-controlled DM.
Exam: R flank, 4x2.5cm stellate necrotic ulcer with violaceous livedoid border, located exactly under where the holder belt buckle sat (pt demonstrates with the belt). Catheter ES L paramedian - clean.
BMI 30.0 -> class I obese.
PTH 88, PO4 2.0.
Imp: probable calciphylaxis, pressure from belt buckle as local factor. Punch bx today from margin.
Plan: belt stopped, alternative = tape only. Start STS once confirmed.
"""),
("2024-06-03", "Nephrology Letter", """
Dear Dr Halloran,
Your patient's punch biopsy from the right flank ulcer shows the typical pattern of calciphylaxis, with calcified, microthrombosed little vessels throughout the subcutaneous fat. She is now starting sodium thiosulfate with her peritoneal dialysis. We have stopped the catheter belt, whose buckle we think provoked the lesion over about five weeks of daily pressure.
Kind regards,
Dr C. Okonkwo
"""),
]}

A04 = {"patient_id": "A04", "age": 66, "sex": "M", "notes": [
("2019-09-03", "PD Nurse Note", """
PD restart after surgery.
Open mesh repair of L inguinal hernia on 21/08/2019 (Mr Lindqvist). PD was rested, on low vol APD from today.
Wound L groin: healed, clips out, scar 7cm, no ooze.
Meds: sevelamer, cinacalcet, EPO. Was on warfarin after a DVT in 2016 - stopped Feb 2018. Non diabetic.
Wt 77.2 kg, BMI 26.1.
"""),
("2019-11-05", "PD Home Visit", """
Home visit w/ Sandra (PD RN).
Pt c/o "burning sore" in his L groin. Looked - along the hernia scar there's a purple mottled area about 5x2cm with a black crust at the medial end. He puts the start in October, maybe 2nd week, got worse last few days.
Effluent clear. ES fine.
Discussed with on-call reg, he wants pt seen in clinic ASAP and asked for photo. Pt anxious, says the op site "was perfect" until then.
"""),
("2019-11-20", "Renal Clinic Letter", """
Summary: 66M on APD. Biopsy-proven calciphylaxis, left groin, arising within the healed inguinal hernia repair scar (surgery 21 August 2019, lesion first noted October 2019). Surgeons doubt a mesh infection - no collection on US.
Risk: ESRD on PD, high PO4, previous warfarin (stopped 2018). Not diabetic.
Plan: STS IP, switch binders, refer to wound care, review 2/52.
"""),
]}

A05 = {"patient_id": "A05", "age": 74, "sex": "F", "notes": [
("2026-01-12", "Phone Triage", """
Call from daughter (Priya). Mum on home HD. Wants advice re a sore on mum's shin that "wont heal and has gone black".
Story: on Boxing Day mum banged her shin against the machine trolley's corner while setting up, took the skin off, small graze. Looked like it was healing. Then on the 9th Jan the area went hard, purple and v painful, now a black patch 2cm.
No temp. Dialysing as normal.
Plan: HHD nurse to do home visit Wed. Adv not to put anything on it except a dry dressing.
"""),
("2026-01-14", "HHD Home Visit", """
Home visit. 74F, ESRD (DKD), home HD 4x/wk via RIJ tunnelled line (fistula failed x2). T2DM on insulin - Humalog Mix bd, injects into abdo. BMI 33.5 - obese.
Shin: on the spot where she knocked it on the trolley on 26 Dec - hard violaceous plaque 4x3cm; black eschar 2x1.5cm, net-like purple rim around it. Very tender, 8/10. Pedal pulses palpable.
Trolley corner now padded w/ foam.
D/w Dr Asante - suspect calciphylaxis in traumatised skin, for bx in clinic.
"""),
("2026-01-28", "Home Therapies Clinic", """
Clinic. Biopsy result back: histology confirms calciphylaxis (calcified, thrombosed subcutis vessels). Lesion on shin now 5 x 3.5cm, eschar stable, no infection.
Not on warfarin. Insulin continued.
Started STS with HD. Wound care via community nursing. Pt and daughter informed.
"""),
]}

A06 = {"patient_id": "A06", "age": 55, "sex": "M", "notes": [
("2022-09-14", "PD Clinic - Anaemia", """
Anaemia r/v. Hb 86. Ferritin 420, TSAT 28%.
Started darbepoetin 40mcg SC weekly. Taught self-injection w/ pen; pt prefers back of upper arms ("dont want anything near my tummy tube"). First dose given today L upper arm, pt self-administered under supervision - good technique.
Hx: ESRF from reflux nephropathy, CCPD. No diabetes. No anticoag.
Wt 70 kg BMI 24.0.
"""),
("2023-03-20", "PD Home Visit", """
HV. Pt showed me an agonising hard lump, back of L arm, where he does his Aranesp every Mon. Started beginning of March. Now 3cm, dark purple with grey/black centre, starburst-ish pattern. Also a tender firm spot coming on the back of R arm - only a couple of days.
He alternates arms week to week.
Plan: stop ESA injections, d/w Dr Kaur, clinic Tues.
"""),
("2023-04-11", "Home Therapies Clinic", """
55M on CCPD.
Post upper arms bilat: L 4x3.5cm necrotic plaque w/ retiform margin; R 2 x 2 cm indurated violaceous nodule, no eschar yet. Both at his darbepoetin injection areas.
Bx (L, 28/03): calciphylaxis confirmed.
ESA changed to IV? - no IV access, PD pt -> will use methoxy PEG-epoetin SC into abdomen L side, away from current lesions, d/w derm.
BMI 23.8.
"""),
]}

A07 = {"patient_id": "A07", "age": 69, "sex": "F", "notes": [
("2020-09-14", "Phone Triage", """
Pt rang HHD unit. Knee "gone black and is killing me". It's the L knee, the arthritic one. Says a sore came up 4 days ago on the inside of the knee, went dark quickly.
Been icing it (ice in a ziplock, wrapped in a tea towel, 2-3x a day) for the past 6 wks for her OA, on the physio's advice.
Pt on warfarin (AF). Home HD 3x/wk w/ husband.
Adv: stop the ice, send photo, nurse visit Wed.
"""),
("2020-09-16", "HHD Nurse Home Visit", """
HV. 69F, ESRD (hypertensive), home HD via L brachiocephalic fistula, buttonhole.
L knee, medial aspect: 3.5x3cm purple-black plaque w/ central necrosis, lacy livedo around. Exactly where the ice pack was held - pt shows me.
T2DM - gliclazide only, no insulin. Warfarin 3mg. BMI 29.9 - just under obese cut-off, so overweight.
Photos to Dr Brennan.
"""),
("2020-10-02", "Dermatology Consult", """
Derm: 69F on home HD w/ painful necrotic plaque medial L knee since 10 September 2020, at the site of 6 weeks of repeated ice application.
Clinical picture (retiform purpura, necrosis, exquisite pain, HD, warfarin) is typical; biopsy deferred as pt declined and lesion is over a joint.
Diagnosis: calciphylaxis (clinical).
Rec: switch off warfarin (apixaban per cardiology), STS, skin to get neither ice nor heat.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
