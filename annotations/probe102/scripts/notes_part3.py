"""probe102 corpus notes, Y15-Y20 (consultation-liaison psychiatry and inpatient wards; all invented)."""

Y15 = {"patient_id": "Y15", "age": 60, "sex": "F", "notes": [
("2019-10-02", "Hospitalist Progress Note", """
HOSPITALIST PN
S: 60F HD (TTS), DM2 on Levemir, obese. In for volume overload. Today c/o "a tender bruisy spot" on her L outer thigh, where she gives her insulin most days, present about a week.
O: BMI 32.4. L lateral thigh: 3 x 3 cm tender livedoid patch with a small dusky center, faint induration; no eschar. Several injection marks in the area.
A/P:
#L thigh livedo at insulin site - concerning for early calciphylaxis vs lipodermatosclerosis vs simple injection bruise; derm to see + punch bx tomorrow AM. Hold insulin into L thigh, use abdomen.
#Volume overload - extra HD session done, 3 kg off.
#DM2 - BG 180-220, increase Levemir 2u.
"""),
("2019-10-03", "Psychiatry C-L Consult", """
C-L PSYCH - capacity eval
Q: Pt wants to leave AMA, please assess capacity.
60 yo woman, HD, insulin-treated diabetes. Wants to go home today because her husband (dementia) is alone and the neighbor can't stay another night.
Understands: the doctors think the spot on her thigh "might be that calcium thing from dialysis" and want a biopsy; if untreated it could turn into a bad wound; she could return for biopsy as an outpt. Appreciates the risk, weighs it against her husband's safety, communicates a clear and stable choice.
No delirium (CAM neg), no psychosis, mood euthymic w/ understandable worry.
Opinion: has capacity to leave AMA. Recommend team arrange outpt derm + keep HD schedule; SW to help w/ respite care for husband.
"""),
("2019-10-04", "Nursing Shift Note", """
RN Note
1030 Pt informed MD she is leaving today. AMA form signed 1115 after risks reviewed by hospitalist.
Skin: L thigh patch unchanged, no open area. Biopsy not done - pt declined to wait for derm.
Outpt derm appt made for 10/21, pt given card. Insulin pen teaching reinforced - inject abdomen, not L thigh.
1130 Left unit via wheelchair w/ neighbor. Belongings returned. IV removed, cath tip intact.
"""),
]}

Y16 = {"patient_id": "Y16", "age": 74, "sex": "M", "notes": [
("2024-08-05", "Hospitalist Admission H&P", """
H&P - Medicine
74M, CKD IV (GFR 22), no dialysis (has declined dialysis planning), a-fib, coumadin for ~8 years, PAD. No diabetes.
CC: R calf wound, 3 wks, "burning all the time."
Exam: R posterior calf 6x4cm ulcer w/ black eschar and irregular violaceous border, surrounding livedo. DP/PT faint by doppler. L leg intact. BMI 29.5, not obese.
INR 2.4. Ca 9.1, PO4 5.2.
A/P: R calf ulcer - ddx: calciphylaxis / warfarin skin necrosis / ischemic PAD ulcer. Derm c/s w/ bx, vascular ABI. Continue warfarin for now pending cards input.
"""),
("2024-08-07", "Dermatology Consult", """
DERM NOTE
Bx 8/5 R calf (4 mm): epidermal necrosis, dermal ischemic changes, fibrin thrombi in a few superficial vessels; vessel walls free of calcium (H&E; von Kossa neg too). Sample may be too superficial.
Impression: nondiagnostic; calciphylaxis remains possible (CKD 4 + warfarin) but not proven. Arterial insufficiency also contributes (ABI 0.6).
Recs: deeper incisional/telescoping bx if consistent with goals of care; discuss with pt/family.
"""),
("2024-08-12", "Psychiatry C-L Consult", """
C-L Psychiatry
Asked re: "low mood, pt declining further workup and dialysis - r/o depression impairing decision"
74 y/o man w/ CKD 4, PAD and a R calf ulcer ("possible calciphylaxis vs ischemic, bx inconclusive").
Pt calm, clear: "I've had a good run. I don't want more cutting or dialysis." Consistent w/ what he told his PCP last year (advance directive on file). Daughter agrees.
No MDD sx - sleeping ok, enjoys visits w/ grandkids, no guilt, no SI. Cognition intact (MoCA 27).
Impression: no depressive disorder; decision reflects long-held values; has capacity.
Recs: support palliative/hospice pathway; no further biopsy per pt; no psych f/u needed.
"""),
]}

Y17 = {"patient_id": "Y17", "age": 38, "sex": "F", "notes": [
("2025-07-14", "Psychiatry C-L Consult", """
CONSULTATION-LIAISON PSYCHIATRY
Reason: "self-harm, burns on arm, BPD, needs safety eval"
38F w/ SLE, ESRD from lupus nephritis on PD x 3 yrs, antiphospholipid syndrome on warfarin, borderline PD, multiple past overdoses (last 2022).
States she's been burning her R forearm with cigarettes "when it gets too loud in my head," most recently 2 wks ago after a breakup. Medicine concerned because one of the burns on the R forearm has become a black, exquisitely sore ulcer with purple mottling around it, bigger than the others, "and it's not healing like the old ones."
MSE: casually dressed, long sleeves, good rapport, mood "empty", affect labile, no current SI/plan, chronic passive SI, no psychosis.
A: BPD w/ NSSI; acute risk low-moderate.
P: 1:1 sitter while inpt (cigarettes/lighters removed), DBT skills coach f/u, safety plan, continue lamotrigine. Defer to derm re ulcer.
"""),
("2025-07-15", "Sitter Observation Log", """
Sitter log - 1:1
0800 Pt awake, watching phone. Cooperative.
0930 Asked for a smoke break - explained not allowed. Upset, cried, calmed after 10 min.
1100 Dressing on R arm changed by RN, pt winced, said it "feels like a coal sitting on it."
1300 Ate lunch 75%.
1500 PD exchange by RN.
1700 No self-harm behavior observed this shift. No items of concern in room.
"""),
("2025-07-16", "Dermatology Consult", """
Dermatology consult
38F, PD, warfarin (APS), BMI 21.3, nondiabetic.
R dorsal forearm: multiple round 8-10 mm healed/healing burn scars; one at the mid-forearm now a 2.5 cm black ulcer retiform livedo around it, tender++.
DDx: full-thickness infected cigarette burn vs factitious manipulation vs calciphylaxis (cannot exclude, given PD + warfarin + SLE). Also APS-related vasculopathy.
Offered punch bx - pt refused: "nobody's poking more holes in my arm". Pt discharged home tomorrow per primary; derm clinic 2 wks, will re-offer bx.
Recs: mupirocin, nonadherent dsg; wound cx sent.
"""),
]}

Y18 = {"patient_id": "Y18", "age": 64, "sex": "M", "notes": [
("2018-03-12", "Hospitalist Progress Note", """
PROGRESS NOTE - Medicine
S: 64M HD (MWF) DM2 on insulin. New painful purple net pattern across lower abdomen and both flanks, 2 small ulcers, started 4 days after cardiac cath (3/5) via R femoral.
O: BMI 28.8. Livedo racemosa lower abdomen + bilateral flanks, two 1 cm ulcers periumbilical. Toes: blue mottling both feet. Eos 9% (up from 2%).
A/P:
#Livedo w/ ulcers post cath - r/o calciphylaxis; athero-emboli more likely (timing, toes, eos). Derm consult for bx.
#DM2 - glargine, SSI.
#ESRD - HD per renal, avoid heparin boluses? discuss.
"""),
("2018-03-14", "Dermatology Consult", """
Derm consult
Asked to eval livedo/ulcers abdomen & flanks, ?calciphylaxis.
Exam as per primary. Deep incisional bx taken from the edge of a periumbilical ulcer + second from livedo on L flank.
Impression: cholesterol embolization syndrome favored; calciphylaxis less likely but on the differential until path is back.
"""),
("2018-03-19", "Hospitalist Progress Note", """
Hospital Medicine SOAP
S: Pain better, 4/10.
O: abdomen livedo fading; ulcers clean.
Path: needle-shaped cholesterol clefts lodged in arterioles; calcium stain neg, no mural calcification.
A/P:
#Cholesterol emboli syndrome after cath - confirmed. Calciphylaxis ruled out. Statin high intensity, supportive wound care.
#Insulin-treated DM2 / HD: no changes.
"""),
]}

Y19 = {"patient_id": "Y19", "age": 47, "sex": "F", "notes": [
("2022-11-21", "Psychiatry C-L Consult", """
C-L PSYCHIATRY
Reason: "health anxiety, repeated requests for skin checks"
47F w/ CKD stg 3a, GFR in the low 50s; type 2 DM, metformin only (no insulin), obesity (BMI 30.6), admitted for pyelonephritis.
Pt's big sister (HD for years) died last year of calciphylaxis ("the skin went black all over her legs"). Since then pt checks her legs and belly several times a day, photographs any mark, has seen 4 doctors this year for "spots." Uses a heating pad for period cramps and now fears it will "give her what her sister had."
MSE: anxious, pressured when talking about sister, tearful, insight partial; no SI.
A: Illness anxiety d/o, with unresolved grief.
P: explained that her kidney function and skin are very different from her sister's; CBT referral; consider sertraline outpt; request medicine document a full skin exam.
"""),
("2022-11-23", "Hospitalist Progress Note", """
Hospitalist progress note
S: afebrile x 48h, flank pain resolved. Asked again about her skin.
O: full skin exam w/ pt: skin clear of ulcers/purpura/nodules/livedo; a few seborrheic keratoses on back. BMI 30.6.
A/P:
#Pyelo - PO cipro to complete 7 days.
#Skin - normal exam, no evidence of calciphylaxis; family hx (sister) noted. Reassured.
#CKD 3a, DM2 on metformin - outpt f/u.
"""),
]}

Y20 = {"patient_id": "Y20", "age": 50, "sex": "M", "notes": [
("2026-02-03", "Nursing Shift Note", """
RN NOTE (nights)
50M HD pt (TTS), admitted for hyperkalemia, AF on warfarin (INR 2.7). Not diabetic.
Braden 19. No breakdown anywhere on full skin check.
Pt found lying on an electric heat pad of his own, under his low back. Removed per policy. Education: pt's nephrologist had warned him that dialysis pts can develop calciphylaxis and that heat, injections and trauma could bring it on - advised no heating pads. Pt verbalized understanding but upset: "now I'm scared I'm going to get that."
BMI 27.0.
"""),
("2026-02-04", "Psychiatry C-L Consult", """
Psych C-L brief consult
Q: anxiety, insomnia.
50M on HD + warfarin, worried since the RN talk about "the calcium skin thing." No skin lesions - exam by primary today normal. Has never had calciphylaxis; reviewed that it is a risk, not a diagnosis, and what to watch for (painful dark spots).
Sleep poor x 2 nights. No prior psych hx. No SI.
A: anxiety, situational.
P: trazodone 25 mg qhs PRN; reassurance; f/u w/ nephro about his individual risk.
"""),
]}

PATIENTS = [Y15, Y16, Y17, Y18, Y19, Y20]
