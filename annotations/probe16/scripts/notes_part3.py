"""probe16 corpus notes, A15-A20 (dialysis-unit nephrology records; all invented)."""

A15 = {"patient_id": "A15", "age": 69, "sex": "M", "notes": [
("2018-10-22", "Hemodialysis Monthly Rounding Note", """
Fairhaven Dialysis -- MWF 3rd shift -- monthly MD note
69M ESRD 2/2 DKD, HD since 2014, L BC AVF.
PL: ESRD/HD; T2DM on glipizide (renal dose) -- insulin recommended by endo, pt declines ("no needles but the dialysis ones"); AF on warfarin; PAD w/ R SFA disease, claudication 1 block; HTN; SHPT.
S: bought new leather work shoes last month; now a sore over the lateral R ankle where the shoe edge rubs.
Meds: warfarin 4 mg (INR 2.0-3.0), glipizide 2.5, heparin 1000/500 w/ circuit, Venofer 100 IV q2wk, epoetin 8000 IV qHD, calcitriol 0.5 qHD, calcium acetate 1334 TID.
O: R lateral malleolus 2 x 1.5 cm ulcer, dry dark base, dusky edges, painful++. DP/PT nonpalpable R, dopplerable. Wt 80.2 kg, BMI 27.3.
Labs: Ca 9.8, P 6.3, PTH 430, INR 2.6.
A: R lateral ankle ulcer -- ischemic vs pressure from shoe vs calciphylaxis (on warfarin, high Ca x P). Can't tell yet.
P: podiatry and vascular referral, offload shoe, ABI. Hold off on biopsy until perfusion known.
Dr W. Eklund-Mbah
"""),
("2018-11-14", "Podiatry Letter to Nephrology", """
Dear Dr Eklund-Mbah,
Re: Mr Alisdair Quayle
I reviewed Mr Quayle at dialysis. The ulcer over the right lateral malleolus has deepened (now 2.5 by 2 cm), its base black and necrotic, and a thin rim of violaceous skin; there is no livedo elsewhere. He reports it started where the stiff counter of his new shoes pressed last month. ABI on the right 0.52 (likely falsely elevated by calcified vessels); toe pressure 28 mmHg.
Differential: ischaemic ulcer precipitated by footwear, versus calciphylaxis, which I cannot exclude given warfarin and his phosphate. I would not biopsy with this perfusion, as the biopsy wound would likely not heal. Vascular surgery have him listed for angioplasty.
He is now in a post-op shoe with the lateral edge cut out.
Kind regards,
Imogen Darrow, Senior Podiatrist
"""),
("2019-01-28", "Hemodialysis Monthly Rounding Note", """
Fairhaven Dialysis -- monthly MD note
69M ESRD/HD MWF. s/p R SFA/popliteal angioplasty 12/11/18.
R lateral ankle ulcer: now 1.2 cm, clean granulating base, eschar lifted. Much less painful.
We never obtained tissue; vascular feels the healing after revascularisation favours ischaemia, derm (seen once, 12/2018) said calciphylaxis remains possible and could not be excluded without a biopsy. Etiology left undetermined -- no biopsy planned now that it is healing.
Meds: unchanged, warfarin cont, calcium acetate -> sevelamer (switched 11/2018), calcitriol reduced.
Wt 79.5 kg, BMI 27.1.
Dr W. Eklund-Mbah
"""),
]}

A16 = {"patient_id": "A16", "age": 52, "sex": "F", "notes": [
("2021-03-03", "PD Clinic Note", """
PD clinic -- Kestrel Valley Renal
52F, ESRD 2/2 DKD, CAPD 3 exchanges/day + icodextrin overnight, started 2020.
Problems (from last visit): ESRD on PD; T1DM dx at 14 yrs, MDI insulin; obesity; diabetic retinopathy s/p laser; gastroparesis.
S: tender lump in L lower abdomen for ~3 wks, at the spot she "always ends up" injecting her lispro. Not red, no drainage.
O: L lower abdomen, lateral to the PD catheter exit site by ~6 cm: 2.5 cm firm, violaceous-tinged subcutaneous nodule with faint lacy livedo around it, tender. No eschar. R abdomen: lipohypertrophy only.
Wt 81.0 kg, Ht 164.3 cm, BMI 30.0.
Labs: Ca 9.5, P 6.9, PTH 580, Alb 3.2.
A: painful nodule w/ livedo where she injects insulin. Worried this is early calciphylaxis; ddx lipohypertrophy w/ fat necrosis, panniculitis.
P: move insulin to thighs; derm referral w/ view to deep incisional bx; stop calcium carbonate.
Dr U. Delacroix
"""),
("2021-03-24", "PD Nursing Note", """
PD RN -- monthly home visit (tel + video)
Pt reports L abdominal lump "same size, still sore", no black area, no new spots. Insulin now in thighs, rotating.
Derm appt 4/6 for bx confirmed.
Pt tells me she has accepted a job in another state and plans to move mid-April; wants referral to a PD program there. Will arrange transfer of care + records.
Exit site: clean. Effluent clear. BP 138/78.
Hana Vojtech RN
"""),
("2021-04-19", "Transfer of Care Letter", """
To: Medical Director, Sunport Home Dialysis (receiving PD unit)
Re: 52-year-old woman, CAPD, transferring to your programme
Dear Colleague,
Thank you for accepting this lady. Summary:
- ESRD from diabetic nephropathy, CAPD since 2020, Kt/V 2.0, no peritonitis.
- Type 1 diabetes, insulin MDI (glargine + lispro), now injecting into thighs.
- Obesity, last BMI 30.0.
- Never on warfarin.
- OPEN ISSUE: tender 2.5 cm nodule with livedo in the L lower abdomen at her former insulin site since Feb. We were concerned about early calciphylaxis. She cancelled the dermatology biopsy of 4/6 because of the move, so the diagnosis has NOT been established. Please arrange dermatology review and biopsy soon after arrival.
Meds list attached.
Yours sincerely,
Dr U. Delacroix, Nephrology
"""),
]}

A17 = {"patient_id": "A17", "age": 80, "sex": "M", "notes": [
("2025-01-13", "Nephrology Note (HD unit)", """
HD unit -- MD chairside note
80M ESRD (cardiorenal), HD three days a wk (M/W/F) via R IJ tunnelled cath (pt declined AVF), warfarin for LV thrombus since 10/2024, HFrEF 25%, frailty, no DM.
S: daughter noticed "purple net pattern" on both thighs last week, painful when sitting on commode.
O: bilateral anterior/medial thighs: large areas of retiform purpura, no ulceration, no eschar, mild induration. Wt 61 kg (dry wt). Ca 9.1, P 5.5, PTH 310, Alb 2.6, INR 3.8 (supratherapeutic).
A: retiform purpura bilat thighs. DDx: calciphylaxis; early warfarin-induced skin necrosis; cholesterol emboli; low-output livedo. Cannot exclude calciphylaxis.
P: hold warfarin 2 doses, INR recheck Weds; derm biopsy; goals-of-care conversation w/ pt & daughter.
Dr M. Ferraro-Ng
"""),
("2025-02-03", "Nephrology Note (HD unit)", """
HD unit -- MD note
Punch bx R thigh 1/17 (derm): superficial sample, dermal vessel congestion only, no calcification seen, subcutis not sampled -- NONDIAGNOSTIC. Derm offered deeper incisional bx; pt declined ("no more cutting").
Purpura unchanged, no ulceration. Pain controlled on low dose hydromorphone.
Goals of care: after discussion w/ pt, daughter and palliative team, pt chose to withdraw from dialysis; last HD Sat 2/1. Transitioning to home hospice. Warfarin stopped for comfort.
Calciphylaxis remains unconfirmed; no further work-up per pt wishes.
Dr M. Ferraro-Ng
"""),
]}

A18 = {"patient_id": "A18", "age": 71, "sex": "F", "notes": [
("2022-08-29", "Hemodialysis Monthly Rounding Note", """
Glenmore Dialysis -- monthly rounding
71F ESRD (DKD), HD TTS since 2019, L RC AVF.
PL: ESRD/HD | DM2 on insulin (glargine + aspart) | CAD, cardiac cath via R femoral 8/10/22 w/ PCI to LAD | HTN | overweight (BMI 29.4) | SHPT
S: L toes "turning blue" and painful since mid-Aug, now 2 small sores on L 3rd and 4th toes.
Meds: aspirin, clopidogrel (post-PCI); heparin w/ circuit (reduced); insulin; Venofer IV; darbe IV; sevelamer; atorvastatin 80. No warfarin.
O: L foot: blue-purple discoloration of toes 2-5 w/ livedo over forefoot; 2 x 3 mm dry ulcers tips of L 3rd + 4th toes. Pedal pulses palpable (!). R foot normal.
Labs: eos 9% (up from 2%), Ca 9.0, P 5.8, PTH 350, ESR 58.
A: blue toe syndrome after cath -- cholesterol emboli likely; ?calciphylaxis less likely (distal, pulses present, eosinophilia).
P: derm for bx, vascular aware, statin cont.
Dr D. Halloway-Rao
"""),
("2022-09-12", "Dermatology Letter to Nephrology", """
Dear Dr Halloway-Rao,
I saw Mrs Beatrix Nwachukwu on 6 September. Biopsy from the livedo of the left forefoot shows biconvex cholesterol clefts occluding dermal arterioles. There is no calcification of vessel walls and von Kossa staining is negative. This is cholesterol embolisation following the recent catheterisation; calciphylaxis is ruled out.
Management is supportive: foot care, analgesia, statin. The toe ulcers should be kept dry.
Yours sincerely,
Dr E. Sandoval-Reyes
"""),
("2022-10-24", "Podiatry Letter to Nephrology", """
Dear Dr Halloway-Rao,
Re: Mrs Nwachukwu -- toe ulcers, L foot
Both toe tip ulcers have epithelialised. The forefoot mottling has faded. I have fitted extra-depth shoes and will review her at the unit monthly as part of diabetic foot surveillance. Cholesterol emboli per derm; nothing further needed from our side.
Best regards,
Owain Pritchard, Podiatry
"""),
]}

A19 = {"patient_id": "A19", "age": 45, "sex": "M", "notes": [
("2024-06-17", "PD Clinic Note", """
HOME DIALYSIS -- CAPD monthly
45M ESRD 2/2 reflux nephropathy, CAPD (four 2 L exchanges daily) since 2/2024 (previously CKD 4-5 clinic).
PMH: HTN, gout. No diabetes (A1c 5.1). Never anticoagulated.
FHx: older brother (age 52) on HD at another unit, had calciphylaxis of both legs in 2021, pt very anxious about it.
S: asks whether calciphylaxis "runs in families". Counselled: not inherited as such, risk relates to dialysis, calcium-phosphate, PTH, warfarin, weight; his own labs reasonable.
O: skin fully intact on full check incl. abdomen, legs, buttocks. Exit site clean. Wt 70.4 kg, BMI 23.0.
Labs: Ca 9.2, P 4.9, PTH 240, Alb 4.0.
P: continue current Rx. Skin check each visit per pt request.
Dr J. Carvalho-Wynn
"""),
("2024-09-16", "PD Nursing Note", """
PD RN visit -- skin check (pt request)
Template: Skin intact Y. Pressure areas Y/N: no concerns. Exit site: score 0. Tunnel: non tender.
Pt reports a small red bump on his R forearm 2 days ago from a mosquito bite, nearly gone. No other marks.
Reassured. Reminded to report any painful purple or dark patches.
Lorna Bekele RN
"""),
("2024-12-09", "Letter to GP", """
Dear Dr Okonjo,
Re: your patient, 45-year-old man on CAPD
Quick update after his clinic visit today. He remains well on CAPD with good clearance, BP 128/76, BMI 23.1. He continues to worry about calciphylaxis because of his brother's illness, but there is no sign of it: his skin is normal and his mineral markers are at target. He knows to contact us if a painful skin lesion ever appears.
He is not on warfarin or insulin and has no diabetes.
With best wishes,
Dr J. Carvalho-Wynn, Nephrology
"""),
]}

A20 = {"patient_id": "A20", "age": 63, "sex": "F", "notes": [
("2024-02-12", "CKD Clinic Note", """
ADVANCED CKD CLINIC -- Marlow Renal
63F, CKD stage 4 (eGFR 19, UACR 1400) from diabetic nephropathy, not on dialysis; modality education started, leaning to HD.
PMH: T2DM -- degludec + aspart; obesity (BMI 36.2); AF dx 12/2023, HTN, OA.
Anticoag: cardiology wanted warfarin; we asked for apixaban instead given future dialysis and calciphylaxis risk -> started apixaban 2.5 BID. Never received warfarin.
O: BP 144/82, Wt 95 kg. Skin intact.
Labs: Ca 9.1, P 4.8, PTH 190, bicarb 20.
P: vascular surgery referral for L RC AVF; sodium bicarbonate; recheck labs 3 mo.
Dr L. Thibodeaux
"""),
("2024-04-15", "Vascular Access Surgery Note", """
OPERATIVE NOTE (brief) -- L radiocephalic AV fistula creation 04/15/2024
Pre-op dx: CKD 4, pre-dialysis access planning. Anaesthesia: regional block.
Findings: cephalic vein 3.2 mm, radial artery 2.4 mm, good flow. Thrill palpable at end. Skin closed w/ subcuticular absorbable suture.
Post-op: keep arm elevated, check thrill daily, no BP cuffs/venepuncture L arm.
Dr S. Amankwah-Berg, Vascular
"""),
("2024-08-19", "CKD Clinic Letter to GP", """
Dear Dr Rasmussen,
Re: your patient, 63F, CKD stage 4 (eGFR now 16)
She remains off dialysis. The L radiocephalic fistula is maturing well. BMI 35.8, HbA1c 7.4% on insulin.
We discussed calciphylaxis as a future risk once she starts dialysis: should painful dusky or blackened areas of skin ever appear, particularly on the thighs or abdomen, she should be seen the same day. To reduce that risk we would avoid warfarin, avoid calcium-based binders, and we advised her to keep rotating insulin sites and not to use heat pads on her skin. She has no skin lesions at present.
Kind regards,
Dr L. Thibodeaux, Nephrology
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
