"""probe203 corpus notes, E15-E20 (pharmacovigilance and adverse-event reports and the clinics
around them; all people, places and wording invented)."""

E15 = {"patient_id": "E15", "age": 74, "sex": "F", "notes": [
("2019-08-06", "Hospital Medicine Progress Note", """
HOSPITALIST DAILY NOTE - hospital day 6

74F ESRD (PD until March 2019, then HD after PD failure), T2DM on insulin, admitted 7/31
with C. difficile colitis.
VTE prophylaxis: SC heparin 5,000 u every 8 h since admission, given into the abdomen.
New today: RN found 3 dusky, very tender indurated plaques of 2-4 cm on the lower abdomen
over heparin injection spots; one has a central purple-black patch.
Plt 188 on 7/31 -> 92 today.
A/P: ? heparin-induced skin necrosis / HIT vs early calciphylaxis vs simple injection
haematomas.
- stop SC heparin, PF4 antibody sent
- derm consult
- argatroban if PF4 positive
- continue vanc PO for C. diff
"""),
("2019-08-08", "Dermatology Consult", """
DERM CONSULT

Lower abdomen: indurated plaques, retiform purpuric, at the spots used for heparin; early
necrosis in the centre of two. Thighs and buttocks clear.
Differential: skin necrosis from heparin (PF4 pending) vs calciphylaxis (phos 7.9, PTH 610).
Coumarin necrosis unlikely - no warfarin, now or ever.
A biopsy would help. Pt and family prefer to await the HIT result and defer biopsy, given
the anticoagulation plans and her frailty.
Rec: supportive care; no more subcutaneous drugs into the belly; if PF4 negative and
lesions progress, punch biopsy of the edge.
"""),
("2019-08-15", "MedWatch Report (Pharmacist)", """
MEDWATCH 3500 - pharmacist report

Suspect: heparin sodium 5,000 units SC q8h, 07/31/2019-08/06/2019.
Event: painful necrotic plaques at abdominal injection sites plus thrombocytopenia.
PF4 ELISA weakly positive (OD 0.62); serotonin release assay pending.
Differential per dermatology: HIT-related necrosis vs calciphylaxis; biopsy deferred by
family.
Causality, heparin: possible.
Patient moved to comfort care on 8/13 after a goals-of-care meeting; argatroban not
started.
History: ESRD on haemodialysis; insulin-treated diabetes; obese.
Reporter will send a follow-up when the SRA result and outcome are known.
"""),
("2019-08-29", "Pharmacovigilance Follow-up - Fatal Outcome", """
PV FOLLOW-UP #1 - outcome: fatal

Pt died 8/20/2019 in inpatient hospice (sepsis from C. difficile, multi-organ failure).
Autopsy declined by family. SRA returned negative after death.
No skin biopsy was ever taken; whether the abdominal lesions were calciphylaxis or heparin-
related necrosis remains undetermined.
BMI at admission 31.2.
Final causality (heparin -> skin necrosis): possible; calciphylaxis cannot be excluded.
Death not attributed to heparin. Seriousness criteria: hospitalisation prolonged, death.
Case closed; no further follow-up expected. Reporter (ward pharmacist) thanked by the
safety team; summary copied to the anticoagulation committee.
"""),
]}

E16 = {"patient_id": "E16", "age": 62, "sex": "M", "notes": [
("2018-11-20", "Diabetes Clinic - Clinical Pharmacist Visit", """
DIABETES CLINIC - CLINICAL PHARMACIST VISIT

62M, T2DM, CKD 4 (eGFR 22), dialysis not started. AF - warfarin until Jan 2018, apixaban
since. BMI 34.0.
Insulin glargine 34 u qHS, injected into both anterior thighs since 2015; prefers the
thighs "because the belly hurts".
Pt shows hard, tender lumps on the L anterior thigh at his injection spots, started ~2 wks
ago; two are now purplish. R thigh: soft lipohypertrophy only.
A: injection-site lesions L thigh - could be lipohypertrophy, panniculitis, or early
calciphylaxis given CKD. Advised to stop using the L thigh and switch to the abdomen.
Photos to PCP; derm referral placed.
Internal ADR report filed (insulin glargine, injection-site reaction).
"""),
("2018-12-04", "Dermatology New Patient", """
DERMATOLOGY NEW PATIENT

Referred by the diabetes pharmacist.
L anterior thigh: three 1-2 cm indurated violaceous nodules, one with a 4 mm dusky centre;
faint livedo. R anterior thigh: soft rubbery swelling typical of lipohypertrophy.
DDx: insulin-related panniculitis vs calciphylaxis (CKD 4, Ca x P 62) vs insulin-derived
cutaneous amyloidosis.
Procedure: punch (4 mm) from the largest L thigh nodule today.
Labs ordered: phos, PTH, 25-OH vit D.
Plan: results visit in 4-5 weeks; keep injecting into the abdomen and rotate within it.
Glargine dose unchanged.
"""),
("2019-01-08", "Dermatology Follow-up", """
DERMATOLOGY F/U

Bx 12/4/18: septal and lobular panniculitis with focal fat necrosis; a few calcium granules
in the fat; no definite vascular calcification. Nondiagnostic for calciphylaxis.
Nodules stable, no ulceration since injections moved to the abdomen.
Offered a deeper incisional sample for a definite answer on calciphylaxis - he declined.
Relocating to Arizona in February; records sent on request.
Impression: possible early calciphylaxis vs insulin-associated panniculitis - unresolved.
BMI 34.0 (108 kg). PTH 240, phos 5.6.
Advised to show the thigh to a dermatologist in Arizona if any nodule darkens or opens.
"""),
]}

E17 = {"patient_id": "E17", "age": 71, "sex": "M", "notes": [
("2025-06-10", "Medical Device Incident Report (Ostomy Supplies)", """
MEDICAL DEVICE INCIDENT REPORT - ostomy supplies
Reporter: WOC nurse, Lakeview outpatient surgical clinic

71M, end colostomy since 2023 (perforated diverticulitis), ESRD on HD.
Device: elastic ostomy support belt, worn daily since Feb 2025 after a change to a convex
pouching system.
Event: the belt circles the waist; just below the belt line on the left lower abdomen,
lateral of the stoma, a firm violaceous band, 4 by 2 cm, with central grey-dusky skin, very
painful. Stoma itself pink and healthy.
Impression: likely device-related pressure injury; calciphylaxis should be considered
given ESRD (phos 7.1).
Action: belt discontinued; referral to nephrology and derm. Manufacturer notified.
"""),
("2025-06-24", "Nephrology HD Rounds", """
NEPHROLOGY - HD rounds

L lower abdominal plaque under the old ostomy-belt line: now 5 x 3 cm, purpuric with a dusky
centre, markedly painful. Concern for calciphylaxis vs deep pressure injury. Derm advises
biopsy, but pt refuses any biopsy ("no more cuts"). Empiric STS discussed and pt agrees.
Labs: PTH 540, phos 7.3, Ca 9.7. BMI 25.1. Not diabetic. No warfarin.
Plan: STS post-HD; calcium carbonate -> lanthanum; reassess in 4 wks.
Pt moving 7/1 to his daughter's city in Ohio - transfer of care letter sent to the
receiving dialysis unit.
"""),
]}

E18 = {"patient_id": "E18", "age": 58, "sex": "F", "notes": [
("2016-05-10", "Inpatient Pharmacy ADR Alert", """
ADR ALERT - inpatient pharmacy

58F, new L leg DVT; warfarin 10 mg loading started 5/4/2016 without heparin overlap
(order error - enoxaparin omitted). Obesity (BMI 32.7). CKD 3a (eGFR 51). No diabetes.
5/9: painful red-purple patches on both thighs progressing to bullae and dark necrosis; a
similar patch on the R breast.
Concern: warfarin-induced skin necrosis; r/o calciphylaxis (derm asked, given CKD).
Actions: warfarin stopped; IV phytonadione 5 mg; heparin drip started; protein C activity
sent.
A separate medication-error report was filed.
"""),
("2016-05-13", "Dermatology Consult", """
DERM CONSULT NOTE

Both anterior thighs: necrotic plaques with haemorrhagic bullae; one more on the R breast;
distribution over fatty areas.
Punch bx 5/11: haemorrhagic infarction of the dermis and fat, occlusive thrombi; the von Kossa
stain finds no calcium in any vessel.
Labs: protein C 38%; platelets normal, so HIT not in question.
Photographs taken; surgery aware.
Impression: warfarin-induced skin necrosis. Histology excludes calciphylaxis.
Plan: wound care; surgery consult for debridement; anticoagulation with heparin now,
later apixaban. Pharmacy to complete the MedWatch report; pt and husband informed of
the likely cause.
"""),
("2016-06-21", "Pharmacovigilance Case Narrative", """
PV CASE NARRATIVE (MedWatch follow-up)

A 58-year-old obese woman (BMI 32.4) with CKD 3a and no diabetes developed skin necrosis of
both thighs and the right breast 5 days after warfarin was started without parenteral
overlap. The first differential included calciphylaxis, which biopsy ruled out (no
calcification). Acquired protein C deficiency (38%) was found.
Outcome: recovering after surgical debridement and a split-thickness graft to the left
thigh; anticoagulation changed to apixaban.
Causality: certain (WHO-UMC). Preventability: preventable (missed overlap).
Corrective action: order set now forces a parenteral anticoagulant with warfarin starts.
"""),
]}

E19 = {"patient_id": "E19", "age": 50, "sex": "M", "notes": [
("2022-08-16", "HD Pharmacist Medication Review", """
HD PHARMACIST MEDICATION REVIEW (quarterly)

50M, ESRD from polycystic kidneys, on HD since 2020. Prediabetes (A1c 6.1), untreated.
Wt 97 kg, BMI 30.1.
He wanted to know his own risk: an older brother - also dialysed - who died in 2019;
cause per family: calciphylaxis. He "took the same calcium pills".
Reviewed: calcium carbonate 1 g TID -> suggested switch to sevelamer; calcitriol dose
fine; not on warfarin and none planned.
Counselled on calciphylaxis warning signs: new very painful skin spots, esp. thighs or
belly - tell the unit at once.
Skin check today: intact - no livedo and no nodules.
Labs: PTH 410 pg/mL, phosphate 6.1 mg/dL, calcium 9.8 mg/dL.
"""),
("2022-11-15", "Nephrology HD Rounds", """
NEPHROLOGY - HD rounds

Binder changed to sevelamer in August; phos now 5.2. PTH 360.
No skin complaints; full skin exam normal. Family history noted (brother - calciphylaxis).
Nothing to suggest calciphylaxis in him.
A1c 6.0 - not diabetic. No insulin, no anticoagulant.
spKt/V 1.42; EDW unchanged; no intradialytic hypotension; access flows fine.
Plan: sevelamer (1600 mg with meals) and calcitriol unchanged; next labs in 1 month.
Pharmacist's counselling from August reinforced; pt knows to report any painful skin spot.
"""),
]}

E20 = {"patient_id": "E20", "age": 39, "sex": "F", "notes": [
("2023-04-07", "Medication Safety Event Report - Extravasation", """
MEDICATION SAFETY EVENT REPORT - extravasation

39F POD 1 total thyroidectomy with symptomatic hypocalcaemia (Ca 6.9, perioral tingling).
Calcium gluconate 10% 20 mL IV via a 22G peripheral IV in the R dorsal hand at 22:10 on
4/4/2023; infiltration noted at 23:00 - hand swollen and blanched.
Actions: infusion stopped, cannula aspirated and removed, limb elevated; line re-sited in
the L forearm.
Harm: temporary; monitoring.
Not diabetic; no kidney disease; BMI 23.0. No anticoagulants.
Plastics paged overnight; advised elevation and observation only.
"""),
("2023-04-28", "Dermatology Clinic", """
DERMATOLOGY CLINIC

3 wks after calcium gluconate extravasation into the R dorsal hand: firm chalky white papules
coalescing into a 4 x 3 cm plaque, one draining white gritty material. X-ray: soft-tissue
calcification.
Dx: iatrogenic calcinosis cutis after calcium gluconate extravasation.
This is not calciphylaxis: no vascular involvement, no necrosis, normal renal function,
PTH appropriate after surgery.
Plan: conservative care, expected to fade over months; topical sodium thiosulfate
considered. ADR reported to FDA via MedWatch by pharmacy. Hand therapy for stiffness,
review in 2 months.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
