"""probe167 corpus notes, B15-B20 (spinal cord injury and seating clinics and the clinics around them; all invented)."""

B15 = {"patient_id": "B15", "age": 61, "sex": "M", "notes": [
("2018-06-05", "SCI Physiatry Follow-up", """
SCI PHYSIATRY - FOLLOW UP          06/05/2018

61M, T12 AIS B (fell off scaffolding 2016).
ESRD (HD, Monday-Wednesday-Friday); T2DM on insulin.
CC: lightheaded when sitting up, esp. mornings and after HD.
Orthostatics: supine 118/70 HR 72 -> sitting 84/50 HR 96, symptomatic.
Started in May on an elastic abdominal binder, worn from getting up until bed, and TED
hose; says the binder helps a lot, "I can sit through breakfast now."
Bowel: daily program, no issues. Bladder: CIC q5h.
Meds: Lantus 16u, Humalog scale, sevelamer, midodrine 5mg before HD days (nephrology
ok'd), pregabalin 25mg.
Skin: intact on exam incl abdomen, sacrum, heels.
BMI 25.3.
Plan: continue binder + TEDs, midodrine 5 mg TID on non-HD days, slow position changes,
salt liberalization per nephrology. RTC 3 mo.
"""),
("2018-08-14", "Nephrology HD Rounding Note", """
HD ROUNDS          8/14/2018

61M T12 paraplegia, dialysis-dependent, insulin-using diabetic.
S: tender streak across the lower belly for ~3 wks, along where the lower edge of his
abdominal binder sits. Binder worn daily since May.
O: BP 132/74 pre, 106/62 post. Wt 76.9 kg.
Lower abdomen, just above the binder edge: 14x3cm band of violaceous, faintly net-like
discoloration w/ two firm tender nodules, skin intact, no eschar.
Labs: PTH 880 pg/mL, P 7.6 and Ca 9.7 mg/dL, alb 3.3.
A: concern for early calciphylaxis vs pressure/friction injury from the binder.
P: derm referral; leave the binder off on HD days; calcium acetate out, sevelamer in;
cinacalcet 30 mg.
"""),
("2018-09-04", "Dermatology Consult", """
DERMATOLOGY CONSULT          Sept 4, 2018

Referred for ?calciphylaxis of the lower abdomen.
Exam: lower abdomen, 12x2.5cm strip of faint violaceous mottling with one residual 1cm
firm nodule; no ulceration, no eschar. Binder off for 2 wks, pt says it looks better.
Impression: binder-related pressure/friction changes vs an early calciphylaxis, which I
cannot exclude with these labs. Settling it needs a deep incisional bx.
Biopsy offered; pt declines for now - he relocates to Tucson (daughter's house) in
seven days and wants care there. Copy of note and labs given to pt; records release signed.
Plan: binder only w/ a soft cotton liner, short periods; skin checks daily; see derm in
Tucson within 2-4 wks.
"""),
]}

B16 = {"patient_id": "B16", "age": 74, "sex": "F", "notes": [
("2026-01-13", "SCI Physiatry Clinic Note", """
SCI CLINIC - PHYSIATRY          01/13/2026

74F, cervical spondylotic myelopathy w/ incomplete tetraparesis (AIS D), uses a power chair
outside the home. CKD 4 (last eGFR 22; no dialysis), DM2 on glipizide, obesity.
S: both lower legs "burning" and discolored since just after Christmas.
O: BP 148/76, HR 80. Wt 88.5 kg; BMI 32.2.
Bilateral lower legs, anterior and lateral: patchy retiform purpura, several firm tender
nodules, a dusky 1cm patch on the L shin, no open ulcer. Pedal pulses faint.
Meds: glipizide 2.5 mg, amlodipine, furosemide, calcium carbonate 500 mg BID, vit D2.
A/P:
- retiform purpura BLE: ddx calciphylaxis (non-dialysis CKD), cholesterol emboli,
  vasculitis. Refer nephrology and derm; labs Ca/Phos/PTH, ESR, cryos.
- Mobility: continue power chair; PT for transfer safety.
"""),
("2026-02-03", "Nephrology CKD Clinic Note", """
NEPHROLOGY - CKD CLINIC          2/3/2026

74F, CKD 4 (diabetic nephropathy), myelopathy, obesity.
Reason: skin changes of the lower legs, ? calciphylaxis.
Labs 1/20: Cr 2.3, eGFR 21, PTH 310, phosphorus 5.4, Ca 9.2, ESR 40, cryoglobulins neg.
Exam: retiform purpura both calves, new 1.5cm eschar L shin, very tender.
Assessment: possible calciphylaxis in a non-dialysis CKD pt - would fit the purpura and
pain, but not proven; emboli and vasculitis still on the list.
Plan: derm punch/incisional biopsy scheduled 2/17; stop calcium carbonate and vitamin D2;
low-phosphate diet; no dialysis indication at this time.
BMI 32.2.
"""),
("2026-02-24", "Primary Care Note", """
PRIMARY CARE - OFFICE VISIT          Feb 24, 2026

74F, CKD 4, DM2, cervical myelopathy, seen w/ her son.
Since the last visit she was admitted 2/10-2/14 with a L MCA stroke; now more weakness on
the R and dysphagia. Biopsy of the legs (set for 2/17) was cancelled; she and her son then
opted for comfort care only, and home hospice took her on 2/20.
Legs: purpura both calves unchanged, L shin eschar dry.
Impression: leg lesions - calciphylaxis remained a suspicion only, the diagnosis was never
made; pt wants no more tests.
Plan: hospice to manage pain (oxycodone liquid), gentle skin care, stop glipizide,
DNR/DNI confirmed.
"""),
]}

B17 = {"patient_id": "B17", "age": 45, "sex": "M", "notes": [
("2017-02-21", "Nephrology HD Progress Note", """
HD PROGRESS NOTE          02/21/2017

45M C6 AIS B tetraplegia; dialyzed Tue-Thu-Sat via R IJ permcath; AF, warfarin. No DM.
S: attendant found tender lumps on the R flank over the last 2 wks. No injury reported.
O: BP 104/60, HR 84 irreg. Wt 70.5 kg.
R flank, below the ribs: 3 firm nodules (1.5 and 2cm) under the skin, overlying faint
livedo, no ulcer. L flank and abdomen clear.
Labs: PTH 560, P 6.2, Ca 9.3, INR 2.5, albumin 3.4.
Meds: warfarin 3 mg, Renvela 2 tabs w/ meals, calcitriol .25, baclofen, oxybutynin.
A/P: painful flank nodules - r/o calciphylaxis, panniculitis in the differential.
Derm referral. Hold calcitriol.
"""),
("2017-03-14", "Dermatology Consult", """
DERMATOLOGY          3/14/2017

R flank nodules x ~5 wks. Punch bx 3/3: septal panniculitis; neither H&E nor the
von Kossa stain shows calcium in vessel walls, though the punch is shallow and
caught very little fat.
Exam: R flank, three nodules 1.5-2.5cm, livedo a bit more distinct. No ulceration.
Impression: nondiagnostic biopsy; calciphylaxis cannot be excluded (warfarin, HD, PTH).
Erythema nodosum-like panniculitis also possible.
Plan: recommend a deep incisional biopsy; pt will think about it. In the meantime nephrology
to reduce Ca/Phos; pain: acetaminophen sched.
"""),
("2017-04-11", "SCI Physiatry Annual Evaluation", """
SCI ANNUAL EVALUATION          April 11, 2017

45M, C6 AIS B (2005 dive), power chair w/ tilt, lives w/ partner. ESRD on HD TTS.
Bowel: daily, dig stim. Bladder: SP tube. AD: rare.
Skin: R flank nodules - possible calciphylaxis, workup incomplete; he turned down the
deeper biopsy and moves his care to the VA system in Harlow City next month, where a
VA nephrologist will follow up.
Exam: R flank nodules unchanged, no ulcer. Sacrum, ischials, heels intact.
VS: BP 100/62, wt 70.1 kg, BMI 23.0.
Meds: warfarin 3 mg (AF), sevelamer, baclofen 15 QID, oxybutynin.
Plan: records to VA; continue seating and bowel program; equipment (new cushion) ordered.
"""),
]}

B18 = {"patient_id": "B18", "age": 53, "sex": "F", "notes": [
("2023-03-07", "Wound Care Clinic Note", """
WOUND CARE CLINIC          3/7/2023

53F, T7 AIS A paraplegia (2019 MVC). Hemodialysis (M-W-F); diabetic on insulin; obesity.
Wound: R lateral lower leg, 4.2x3.5x0.3cm ulcer with a violaceous undermined border,
purulent-looking base, exquisitely painful. Began about three weeks back as a pustule.
No trauma she knows of.
Pulses: DP 1+ bilat, ABI 1.1 R.
BMI 35.5.
Assessment: atypical ulcer - ddx includes calciphylaxis, pyoderma gangrenosum and
infection.
Plan: no sharp debridement (pathergy concern); punch bx of the border sent for routine
histology, calcium stain and tissue culture; saline-moistened gauze, ABD, kerlix; derm
referral.
"""),
("2023-03-21", "Dermatology Consult", """
DERMATOLOGY CONSULT          03/21/2023

Bx R lateral leg ulcer edge (3/7): dense neutrophilic dermal infiltrate w/ undermining;
no calcified vessels, von Kossa stain negative; tissue culture sterile.
No organisms on special stains.
Exam: R lateral leg ulcer 4.5x3.8cm, violaceous undermined border, cribriform edge.
Impression: pyoderma gangrenosum. The biopsy together with the clinical picture rules out
calciphylaxis. Check for IBD/heme associations (CBC, SPEP, colonoscopy hx).
Plan: prednisone 40 mg/day, taper over 8 wks; clobetasol to the border; no debridement;
endocrine aware for glucose management on insulin.
"""),
("2023-05-02", "SCI Physiatry Follow-up", """
SCI PHYSIATRY FOLLOW-UP          5/2/2023

53F, T7 paraplegia, on hemodialysis, insulin-treated DM2, obese.
R leg ulcer: pyoderma gangrenosum per derm bx; calciphylaxis was ruled out. Healing on
prednisone (now 20 mg), ulcer down to 2x1.5cm with granulation.
Seating: uses a rigid-frame manual chair, shoulders sore; discussed transfers and a power
assist device.
VS: BP 136/82, weight 96 kg, BMI 35.5. Pain 2/10 at the leg, down from 9/10 in March.
Skin check otherwise intact, sacrum and ischials fine.
Plan: glucose log to endocrine, continue derm plan, PT for shoulder program, RTC 3 mo.
"""),
]}

B19 = {"patient_id": "B19", "age": 36, "sex": "M", "notes": [
("2025-10-14", "SCI Physiatry Annual Evaluation", """
SCI ANNUAL EVALUATION - PHYSIATRY          10/14/2025

36M, T12 AIS A paraplegia (GSW 2015), manual w/c, CKD stage 3a (GFR ~52),
insulin-treated DM2.
Family hx: older brother, a hemodialysis patient, passed away in 2023 from calciphylaxis;
pt worried he will "go the same way" and asks what to watch for.
Bowel: daily AM program. Bladder: CIC q4h, rare UTI.
Skin: full check on the mat - intact, no lesions, no livedo.
Meds: insulin glargine 30 u, metformin stopped (eGFR), lisinopril, baclofen.
VS: BP 128/78, HR 70. BMI 27.0.
A/P: CKD 3a, no dialysis. No skin findings. Reassured; nephrology f/u as scheduled;
glucose and BP targets reviewed.
"""),
("2026-01-20", "Nephrology CKD Clinic Note", """
NEPHROLOGY CLINIC          01/20/2026

36M, T12 paraplegia, CKD 3a due to diabetes; DM2 treated w/ insulin.
Labs: Cr 1.7, eGFR 51, PTH 88, phosphorus 3.9, Ca 9.4, A1c 7.4, UACR 420.
Talked through his brother's calciphylaxis: it occurs mostly in dialysis patients, and
his mineral labs are normal.
Exam: skin normal, no edema. BP 126/76. Weight stable.
Pt relieved; brother's widow has been told the same.
Plan: start empagliflozin 10 mg, continue lisinopril, recheck in 4 mo. No dialysis planning
needed at this stage. BMI 27.0.
"""),
]}

B20 = {"patient_id": "B20", "age": 29, "sex": "F", "notes": [
("2021-06-08", "Seating and Positioning Clinic", """
SEATING & POSITIONING CLINIC          06/08/2021

29F, C7 AIS A tetraplegia (2016 MVC), ESRD (IgA nephropathy), on the PD cycler nightly,
no diabetes.
Here for a cushion reassessment; current cushion bottoming out on hand check.
Skin: full check, intact incl ischials, sacrum, trochanters, heels.
Education: she asked about a heated seat pad and a hot tub for spasms. Advised against
heating pads, heated seat pads, hot tubs and laptops on the lap on insensate skin -
her dialysis puts her at risk for calciphylaxis, and burns heal poorly.
BMI 22.7.
Plan: new air-cell cushion, pressure mapping at delivery, weight shifts q30 min.
"""),
("2021-12-14", "Nephrology PD Clinic Note", """
PD CLINIC          12/14/2021

29F C7 tetraplegia, ESRD on CCPD since 2019.
PD: 5 cycles overnight, no day dwell, UF 800 mL. Exit site clean.
Labs: PTH 260, P 5.1, Ca 9.2, albumin 3.8; Kt/V 2.0.
Skin exam at pt's request (worried after the seating clinic talk): examined arms,
trunk, buttocks, thighs, legs and feet; skin clear, no livedo, nodule or ulcer
anywhere. No signs of calciphylaxis. Mother reassured.
BP 108/66, wt 58.3 kg, BMI 22.7.
Plan: continue current prescription, sevelamer 800 TID, recheck labs monthly.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
