"""probe73 corpus notes, A15-A20 (podiatry and diabetic-foot clinic; all invented)."""

A15 = {"patient_id": "A15", "age": 80, "sex": "M", "notes": [
("2018-03-06", "Podiatry Wound Visit", """
Wound/podiatry - L heel
80M, nursing home resident, mostly in bed/chair. dialysed Tuesdays/Thursdays/Saturdays for ESRD; T2DM managed w/ linagliptin (no insulin), no blood thinners. Thin, BMI 22.3.
Wears a foam heel-protector boot L in bed since January after a reddened heel was noted.
Now: L posterior heel - 4 x 3.5 cm hard black eschar, purple boggy rim, patchy livedo on lat foot. Very painful even with light touch.
Imp: unstageable pressure injury L heel vs calciphylaxis - cannot tell clinically; pain is out of proportion for a pressure wound.
Plan: ABI/TBI, derm for possible biopsy. Offload, float heels.
"""),
("2018-03-27", "Podiatry Follow-up", """
L heel recheck. TBI 0.31 L. Eschar unchanged, dry, stable.
Derm saw him 3/20 - felt this could be calciphylaxis or an ischemic pressure injury; biopsy discussed but daughter (HCP) and pt declined, wants comfort-focused care only.
Continue betadine paint to eschar, heel floated, boot padded.
"""),
("2018-05-15", "Podiatry Follow-up", """
L heel eschar slightly smaller (3.5 x 3 cm), no infection. Dx remains uncertain - possible calciphylaxis, possible pressure/ischemic ulcer; no biopsy, family comfortable with that.
Pain managed. Will see monthly at facility.
"""),
]}

A16 = {"patient_id": "A16", "age": 57, "sex": "F", "notes": [
("2020-02-18", "Podiatry Routine Visit", """
Podiatry
57 yo F - T2DM (insulin: Levemir 18 u bid, Novolog w/ meals), ESRD on HD since 2017. BMI 30.4. No warfarin.
Exam: nails thick x10 - debrided; mild HD 5th toes. Pedal pulses faint both feet; 10g monofilament felt everywhere.
Pt mentions she gets "pedicures at the salon" - advised against cutting cuticles / using metal tools given dialysis + diabetes.
"""),
("2020-06-30", "Podiatry Visit", """
Pt here after a salon pedicure 6/12 - the technician nicked the side of the R 3rd toe, it bled a little. Around 6/20 the toe turned purple and very painful and now has a black tip.
R 3rd toe: distal dry necrosis 1 cm, dusky violaceous skin to PIPJ, faint livedo dorsum R forefoot. Cap refill >5s R toes. TBI 0.29 R.
Assessment: necrotic R 3rd toe after minor trauma in HD/diabetic pt - ddx calciphylaxis vs critical limb ischemia. Cannot exclude calciphylaxis.
Plan: vascular surgery + derm. Aspirin continued.
"""),
("2020-07-21", "Podiatry Follow-up", """
R 3rd toe dry gangrene, demarcating. Derm: "possible calciphylaxis; biopsy of a digit risky with this perfusion" - not done. Vasc: angiogram scheduled.
She relocates out of state next week (sister will care for her); records sent. No final diagnosis here.
"""),
]}

A17 = {"patient_id": "A17", "age": 49, "sex": "F", "notes": [
("2024-05-07", "Diabetic Foot & Skin Clinic", """
Diabetic foot clinic - seen also for skin concern.
49F, ESRD on CCPD, T2DM insulin (Humulin 70/30 bid into lower abdomen, L side mostly), on warfarin for APS. BMI 38.0 - obese.
Feet: no wounds, callus pared.
Abdomen: L lower quadrant - 3 firm tender nodules (1-2cm) w/ faint overlying livedo, at her insulin injection area, present ~6 wks. No ulceration.
Imp: r/o calciphylaxis vs lipohypertrophy/injection panniculitis. Derm referral.
"""),
("2024-06-04", "Dermatology Note", """
Derm f/u
Punch biopsy LLQ nodule 5/15: lobular panniculitis w/ focal necrosis of fat, von Kossa negative for vessel calcium. Nondiagnostic - calciphylaxis not excluded, early lesion may be missed.
I offered a deeper incisional sample; she'd rather wait.
Assessment: panniculitis from injections vs early calciphylaxis - possible, unproven.
Advised to move insulin to the R side / thighs.
"""),
("2024-09-10", "Diabetic Foot Clinic", """
DFC. Feet ok. Abdominal nodules smaller, no new ones after switching to R thigh for insulin. Pt still declines repeat biopsy; derm leaves dx open (? calciphylaxis vs panniculitis).
BMI 37.6.
"""),
]}

A18 = {"patient_id": "A18", "age": 70, "sex": "M", "notes": [
("2019-09-10", "Podiatry Urgent", """
Urgent podiatry
70M, ESRD (HD), insulin-treated T2DM (glargine), ex-smoker 50 pk-yr. BMI 25.5. No anticoagulant.
R 4th toe black x 2 wks, painful at rest, worse elevated.
R 4th toe dry gangrene to PIPJ, pallor on elevation, dependent rubor. No pulses R below popliteal. ABI noncompressible; TBI R 0.12.
Imp: critical limb ischemia vs calciphylaxis (?).
Plan: vascular surgery urgently, angiogram.
"""),
("2019-10-01", "Vascular Surgery Note", """
Vascular surgery
Angiogram 9/16: occluded R anterior tibial and peroneal, severe PT stenosis - tibial angioplasty performed.
R 4th toe amputated 9/24; pathology: ischemic necrosis with atherosclerotic vessels, NO medial calcification of small arterioles, no thrombi of calciphylaxis type.
Final: atherosclerotic PAD with dry gangrene; calciphylaxis ruled out.
"""),
("2019-11-05", "Podiatry Follow-up", """
Podiatry. R 4th toe amputation site healed, sutures out. Remaining toes perfused, TBI improved.
Extra-depth shoes w/ filler, insole.
Ischemic, not calciphylaxis per path.
"""),
]}

A19 = {"patient_id": "A19", "age": 62, "sex": "F", "notes": [
("2022-08-16", "Podiatry New Patient", """
New pt podiatry
62F, T2DM 15 yrs on insulin (Tresiba), renal fxn normal - eGFR 78. Obese (BMI 33.0). Not anticoagulated.
Family hx: her older brother (was on HD) passed away in 2020 from calciphylaxis - she is worried about "getting the same".
Feet: callus sub 2nd met b/l pared, nails trimmed, no ulcers. Pulses 2+. Sensation intact.
Reassured: her kidneys are fine and she has none of the skin changes.
"""),
("2023-02-14", "Podiatry Follow-up", """
Podiatry 6-mo f/u. Callus recurrent, pared. Skin intact, no wounds, no discoloration.
No renal disease. A1c 7.2.
Orthotics dispensed.
"""),
("2024-03-05", "Podiatry Follow-up", """
Annual diabetic foot exam.
Protective sensation intact, vibration normal at hallux, pulses palpable DP & PT both sides.
Skin: callus returns under 2nd met heads - debrided w/ blade. Interspaces clean. No fissures on heels.
Still on Tresiba, A1c 7.0 per PCP. Creatinine normal last month.
Weight down 6 lb - BMI 32.1.
She asked again whether she could end up like her brother; reviewed that his illness came with kidney failure and dialysis, which she does not have.
"""),
]}

A20 = {"patient_id": "A20", "age": 45, "sex": "M", "notes": [
("2025-06-03", "Podiatry Education", """
Podiatry - foot protection education (renal program)
45M, ESRD on PD, non-diabetic, on warfarin for AF. BMI 28.0.
Feet: intact, nails normal, no callus.
Counseling: he is at some risk of calciphylaxis (dialysis, warfarin). If he ever develops a painful purple or black patch on the legs or feet, call us that day. Avoid hot water bottles and heating pads on feet. No evidence of calciphylaxis today.
"""),
("2025-09-09", "Podiatry Follow-up", """
Feet remain healthy. Skin of legs/feet unremarkable - nothing ulcerated, no livedo or nodules. Reviewed shoe fit.
Pt asks about the calciphylaxis "thing" again - reassured, nothing suggests it.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
