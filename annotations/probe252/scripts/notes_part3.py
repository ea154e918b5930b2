"""probe252 corpus notes, F15-F20 (ethics consults, goals-of-care meetings and the clinics around them; all invented)."""

F15 = {"patient_id": "F15", "age": 77, "sex": "F", "notes": [
("2024-01-09", "Nephrology Clinic Note - Conservative Kidney Management", """
CKM clinic (conservative kidney management)
77F, ESRD (eGFR 8) managed without dialysis -- she declined dialysis in 2022 after long
discussions and reaffirms that today. T2DM on insulin degludec, self-injected into the L thigh
because R hand arthritis limits her reach. BMI 33.5, obese.
New: tender lumps in the L outer thigh for ~6 weeks, one purplish.
Exam: L lateral thigh, three firm 1-2 cm subcutaneous nodules, faint violaceous hue over the
largest, skin unbroken.
Imp: lipohypertrophy vs panniculitis; cannot exclude early calciphylaxis.
Plan: derm referral; move insulin to the abdomen; symptom review next month.
"""),
("2024-01-23", "Dermatology Consult", """
Derm consult
L lateral thigh nodules in her insulin injection area; the biggest now has a dusky centre.
Ddx: early calciphylaxis; injection-related panniculitis; lipohypertrophy with a bleed.
Only deep incisional tissue would settle it; she says no -- "not another hole that never
closes." Daughter Sunniva backs her.
No anticoagulants, never on warfarin.
Afebrile, vitals stable; she walked in with her cane.
Plan: clinical photos, soft-tissue US; stop using the L thigh for insulin; see again in a month
(sooner if it breaks down).
"""),
("2024-02-20", "Palliative Care Family Meeting", """
Palliative care -- home visit, family meeting
With pt: daughter Sunniva (HCPOA), grandson Emil, palliative MD (writer).
Thigh nodules: may be calciphylaxis, never biopsied by her choice; one is now a small shallow
ulcer.
She restates: no dialysis, no biopsy, hospital only for comfort.
Prognosis with CKM discussed: likely weeks to a few months.
Sunniva asked whether stopping the thigh injections sooner would have helped -- we honestly
don't know.
Plan: hospice enrollment; insulin simplified to a low once-daily dose in the abdomen; foam
dressing to the ulcer; DNR/DNI, POLST completed.
"""),
]}

F16 = {"patient_id": "F16", "age": 81, "sex": "M", "notes": [
("2020-02-18", "Emergency Department Note", """
ED provider note
81-yo man, ESRD, HD at Fenwick Dialysis (MWF); atrial fibrillation on warfarin (INR 3.4
today); no diabetes; BMI 24.0.
Says that around Valentine's Day the wheelchair footrest clipped his R shin; now a black
area there and severe pain, worse at night.
Exam: R anterior shin -- dry eschar 3x3cm, violaceous mottling around; R foot cool, DP
faint by doppler. L leg warm, intact.
A: R shin ulcer -- post-traumatic vs arterial insufficiency; calciphylaxis possible.
P: admit to medicine; vascular surgery and derm consults; hold warfarin tonight; pain control.
"""),
("2020-02-20", "Dermatology Consult", """
Derm inpatient consult
R anterior shin: eschar, purpuric edge in a retiform pattern; pain far beyond the look of it.
Ddx: ischemic ulcer following a minor knock; calciphylaxis; warfarin necrosis (improbable after
years of stable dosing). Calciphylaxis cannot be excluded. Tissue would answer it, but vascular
surgery warns that a wound made in this ischemic leg may itself not heal; decision deferred
until their angiogram.
Vascular: toe-brachial index 0.3, severe infrapopliteal disease.
Plan: no bx pending vascular review; Betadine to the black crust BID; no occlusive dressing.
"""),
("2020-02-25", "Goals of Care Family Meeting", """
Family meeting -- hospital medicine with palliative care
Present: daughters Elke (HCPOA) and Roos, son-in-law, hospitalist, palliative RN.
Events: large L MCA stroke on 2/22, now unresponsive; no angiogram or biopsy done.
Elke: "Dad said if he couldn't talk or know us, stop everything."
Shared: outlook for recovery is very poor. The leg wound may have been calciphylaxis or arterial
disease; it was never confirmed and no longer decides his course.
Decision: comfort measures only, stop HD, DNR, move to an inpatient hospice bed. Warfarin
discontinued.
"""),
]}

F17 = {"patient_id": "F17", "age": 55, "sex": "F", "notes": [
("2025-06-03", "Peritoneal Dialysis Clinic Note", """
PD clinic, 06/03/2025
55F, lupus nephritis -> ESRD, on APD for 2 years; T2DM, insulin glargine given in both thighs.
BMI 30.0.
CC: 2 wks of a tender, mottled, firm area on the lower abdomen, L of the PD catheter tunnel.
Effluent clear, cell count 40. Exit site clean.
Exam: LLQ 7 x 5 cm indurated area with a livedo reticularis pattern, no ulcer, no fluctuance.
Ca 10.1, P 6.5, PTH 590; on calcium carbonate.
Imp: early calciphylaxis is a concern; ddx tunnel infection, lupus panniculitis.
Plan: urgent derm; stop calcium carbonate; US of the tunnel; continue APD.
"""),
("2025-06-10", "Dermatology Consult", """
Derm
LLQ: firm plaque with a livedoid net, new central dusky area 1 cm; no eschar.
Ddx: calciphylaxis (leading concern) vs lupus profundus vs tunnel infection.
Biopsy recommended; pt wants it done at her home centre in Ridgeford, where her rheumatologist is.
Given the risk, nephrology started empiric intraperitoneal sodium thiosulfate for possible
calciphylaxis on 6/6.
Her husband Anselm, at the visit, would rather she stay here; she is firm. Photos taken with a
ruler for the Ridgeford team.
Plan: send records; bx at Ridgeford; avoid injections into the abdomen.
"""),
("2025-06-24", "Ethics Consultation Note", """
Ethics consultation
Issue: pt requests transfer to Ridgeford University Hospital; her husband Anselm objects and wants
her to stay "where they know the case". Pt has capacity.
Clinical: suspected calciphylaxis of the lower abdomen, not biopsied here; on empiric STS;
plaque unchanged in two weeks.
Analysis: a capacitated patient may choose where to receive care; the husband's worry about
continuity can be met by a warm handoff.
Recs: support the transfer; send records and photos; Ridgeford derm to biopsy; SW to arrange
transport; document that the diagnosis remains unconfirmed at transfer.
"""),
]}

F18 = {"patient_id": "F18", "age": 66, "sex": "F", "notes": [
("2024-02-02", "Hospital Medicine Progress Note", """
Hospital medicine PN
66F admitted 24 Jan 2024 with bilateral PE. Warfarin begun 1/26, bridged with enoxaparin shots
in the abdomen; enoxaparin stopped 1/31 when the INR reached range.
Renal: CKD 3a, creatinine 1.2, eGFR 48 -- no dialysis. No diabetes. BMI 35.8.
Today: since yesterday, painful dusky purple patches on the anterior thighs (both) and on the
L breast, two with blood-filled bullae.
Ddx: warfarin-induced skin necrosis (day 6 of warfarin) vs calciphylaxis vs HIT with skin necrosis.
Plan: hold warfarin; give vitamin K 10 mg IV; protein C level; argatroban until the HIT assay is back;
derm bx today.
"""),
("2024-02-06", "Dermatology Consult", """
Dermatology follow-up
R anterior thigh punch (2/2) read by Dr. Quist: thrombus packing the small venules of
dermis/fat, with hemorrhagic necrosis; no calcium deposits seen; von Kossa neg.
Protein C activity low at 38%; HIT assay negative. Husband present for the results.
Diagnosis: warfarin-induced skin necrosis; calciphylaxis is excluded by the path.
Plan: full-thickness loss on both thighs and at the L breast -- surgery expects debridement then
grafts; apixaban to treat the PE; should warfarin ever be restarted, it must overlap with heparin.
"""),
("2024-02-20", "Ethics Consultation Note", """
Ethics consultation
Question: pt, a Jehovah's Witness, refuses blood transfusion for debridement and grafting of her
thigh and breast necrosis; the surgical team is uneasy operating with Hb 8.1.
Capacity: intact; she has a signed advance directive refusing blood, reconfirmed in private.
Husband supports her; a niece asks the team to "give blood if she's dying".
Analysis: an informed, capacitated refusal of blood is binding; the niece is not a surrogate.
Recs: bloodless surgery pathway (iron, erythropoietin, cell salvage if acceptable to her, staged
debridement); record her list of accepted products; support the team. Calciphylaxis was excluded
on biopsy and plays no part.
"""),
]}

F19 = {"patient_id": "F19", "age": 70, "sex": "M", "notes": [
("2018-09-10", "Ethics Consultation Note", """
Ethics consult -- request to withdraw dialysis
70M, HD for 9 years for diabetic kidney disease; T2DM managed with glipizide, never insulin.
He asks to stop dialysis. Wife supports him; two daughters object.
Family context: his brother Aurel died in 2016 of calciphylaxis "with black wounds on both legs"
after years on dialysis; pt says "I've seen how this ends, I want to end it on my terms."
Pt's own skin, examined today with his permission: clear -- no ulcer, livedo or nodule.
Capacity: intact (explains consequences, consistent over 3 visits).
Other: warfarin 2008-2010 following a DVT, off it since. BMI has sat between 28 and 29.9 over the past year; 29.4 today.
Recs: his decision is ethically permissible; family meeting with nephrology and palliative care;
screen for depression first.
"""),
("2018-09-21", "Goals of Care Family Meeting", """
Family meeting re: stopping HD
Present: pt, wife Dagny, daughters Ilse and Marit, nephrologist, palliative NP, chaplain.
PHQ-9 = 4 (no depression). Pt restated his wish calmly.
Daughters voiced fear that he was stopping "because of uncle Aurel's calciphylaxis"; pt answered
that it was the whole burden -- 4 h three times weekly, cramps, no energy.
Expected course after stopping shared: usually days to 2 weeks; symptoms manageable.
Decision: last HD on Fri 9/28; home hospice from that day; DNR/DNI, POLST done.
Daughters asked to be present at the last session; agreed.
"""),
]}

F20 = {"patient_id": "F20", "age": 48, "sex": "F", "notes": [
("2022-03-15", "Serious Illness Conversation", """
Serious illness conversation -- PD clinic
48F, ESRD from FSGS on PD, nonischemic cardiomyopathy EF 20% with LV thrombus on warfarin.
Not diabetic. BMI 23.1.
Discussed: declining heart function; the transplant team will likely decline kidney listing
until her cardiac status improves.
Her goals: raising her 14 yo son, staying at home.
Education: with ESRD she carries a calciphylaxis risk -- keep heat sources (pads, bottles) off
bare skin; phone the PD nurses about any new, painful, darkening patch.
She uses ice packs on her R knee after walking for osteoarthritis; skin over the knee normal.
Surrogate named: sister Wilhelmina.
"""),
("2022-04-05", "Ethics Consultation Note", """
Ethics consult -- request from the transplant committee
Question: is it fair to decline kidney listing on cardiac grounds when the pt wants a chance at
transplant?
Facts: EF 20%, LV thrombus on warfarin, PD adequate (Kt/V 1.9). Weight 60.2 kg. Skin examined:
intact; nothing resembling calciphylaxis.
Analysis: listing criteria were applied as for others; the decision concerns medical benefit,
not worth.
Recs: explain the rationale in person; refer to the advanced HF program for a combined
heart-kidney evaluation; revisit in 6 months; continue advance care planning with her sister as
surrogate.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
