"""probe83 corpus notes, C15-C20 (rheumatology and vasculitis clinics; all invented)."""

C15 = {"patient_id": "C15", "age": 61, "sex": "F", "notes": [
("2024-07-16", "Rheumatology Follow-up", """
61F seropositive erosive RA on tocilizumab 162 mg SC weekly - she injects the L front thigh each Sunday (since Jan 2024). CKD stage 4 (eGFR 21, interstitial nephritis), not on dialysis, seeing nephro re access planning. T2DM on glipizide. BMI 30.4. No anticoag.
CC: tender knot on the L thigh x 10d, "where the needle goes".
Exam: L anterior thigh, 2.5 cm deep nodule with a dusky purple centre and faint livedo around; no ulcer. Joints quiet, CDAI 6.
Impression: injection-site reaction vs lupus-like panniculitis vs early calciphylaxis (CKD 4, DM, obesity) - can't tell clinically. Punch today, move injections to the abdomen.
"""),
("2024-07-30", "Rheumatology Phone Note", """
Called pt w/ path: the 4mm punch only reached the dermis, mild perivascular lymphocytes, no subcutaneous fat sampled. Nondiagnostic - cannot confirm or refute calciphylaxis.
Offered a deep incisional biopsy; pt declines ("it's getting better, I don't want another cut").
"""),
("2024-10-08", "Rheumatology Follow-up", """
L thigh nodule has flattened, residual brown stain, no eschar ever formed. Still unclear if this represented early calciphylaxis versus an injection reaction; no further workup per pt preference.
Now injecting abdomen, no problems. eGFR 19. Wt 84 kg BMI 30.6.
"""),
]}

C16 = {"patient_id": "C16", "age": 44, "sex": "M", "notes": [
("2018-09-11", "Rheumatology Follow-up", """
Primary APS (LAC+, aCL IgG 80, anti-b2GP1 IgG 55), prior CVA 2012, APS nephropathy -> ESRD. On PD since 2016. Warfarin, INR kept 2.5-3.5 (high-intensity). Nondiabetic.
Presents w/ worsening livedo racemosa of both legs and 2 painful shallow ulcers on the R lateral calf x 1 mo.
Exam: broken, branching livedo thighs to ankles bilat; R calf 2 ulcers 1-1.5 cm w/ dusky rims. BMI 29.5 (overweight).
A/P: APS livedoid vasculopathy vs calciphylaxis (on PD + warfarin) vs warfarin necrosis (improbable this late, 6 yrs in). Plan deep biopsy with derm next available; check Ca/P/PTH.
"""),
("2018-10-23", "Rheumatology Follow-up", """
Bx not yet done - pt missed 2 derm appts (PD peritonitis admission 10/2-10/9).
PD catheter removed 10/5 for refractory peritonitis; now dialysing in-centre (HD) via a right internal jugular tunnelled catheter, likely permanent.
R calf ulcers unchanged, new small purple plaque L shin. Still "possible calciphylaxis vs APS vasculopathy". PTH 1,020, phos 7.0.
Derm to see him at HD unit.
"""),
("2019-01-29", "Rheumatology - No-Show/Chart Note", """
Pt did not attend today's appt or the rescheduled derm biopsy. Per HD unit he transferred dialysis care to a unit in another state in December; records sent. Skin diagnosis never established (calciphylaxis not confirmed or refuted).
"""),
]}

C17 = {"patient_id": "C17", "age": 68, "sex": "F", "notes": [
("2025-03-18", "Vasculitis Clinic", """
68F HCV-associated mixed cryoglobulinemia (type II; cryocrit 6%, RF 410, C4 <2), MPGN -> ESRD on HD. SVR after sofosbuvir/velpatasvir 2021. T2DM on insulin glargine. No warfarin.
She wears a plastic R ankle-foot orthosis for foot drop (since 2023). Over the last 3 weeks an ulcer opened over the R lateral malleolus where the brace edge presses.
Exam: R lateral ankle 2x2cm ulcer, black necrotic base and surrounding retiform purpura; palpable purpura on both shins too. BMI 25.3.
A/P: Ddx cryoglobulinemic vasculitis flare (palpable purpura, C4 low) vs calciphylaxis at the brace pressure point vs simple pressure ulcer. Offload AFO. Biopsy recommended.
"""),
("2025-04-01", "Vasculitis Clinic", """
Pt declined biopsy ("enough needles"). Cryocrit 8%.
Ankle ulcer same size. Working dx remains cryo vasculitis vs calciphylaxis - cannot distinguish without tissue. Started rituximab for the vasculitis; STS not started.
"""),
("2025-06-10", "Vasculitis Clinic", """
Palpable purpura gone after rituximab. R ankle ulcer slowly healing with AFO padded. No biopsy was ever obtained; the ulcer's cause stays uncertain (calciphylaxis possible, never proven).
Insulin per endocrine. Wt steady, BMI 25.3.
"""),
]}

C18 = {"patient_id": "C18", "age": 59, "sex": "M", "notes": [
("2020-11-17", "Rheumatology Consult", """
59M IgA nephropathy -> ESRD on HD since 2014. No DM, never on warfarin. BMI 31.0.
Referred by nephrology: "?calciphylaxis L leg".
Since September tender red-purple nodules along the L calf, some ulcerating, with livedo racemosa. Myalgias, wt loss 4 kg, mononeuritis (L foot drop since Oct).
Labs: ANCA neg, cryo neg, HBsAg neg, CRP 88.
A/P: Medium vessel vasculitis (PAN) vs calciphylaxis. Deep wedge biopsy including fascia. Nerve conduction studies.
"""),
("2020-12-01", "Rheumatology Follow-up", """
Deep wedge bx L calf nodule 11/20: necrotizing arteritis involving a medium-calibre muscular artery at the dermis/subcutis border w/ fibrinoid necrosis and neutrophils; NO calcification on von Kossa. NCS: L peroneal mononeuropathy.
Dx: polyarteritis nodosa (cutaneous + neuropathy). Calciphylaxis excluded.
Start pred 1 mg/kg, discuss CYC (renally dosed) vs rituximab.
"""),
("2021-02-09", "Rheumatology Follow-up", """
PAN improving. Nodules flattened, one L calf ulcer healing. Foot drop partial recovery. Pred 20.
BMI 31.4.
"""),
]}

C19 = {"patient_id": "C19", "age": 39, "sex": "F", "notes": [
("2025-01-14", "Rheumatology Follow-up", """
39F RA (RF/CCP +) on MTX 20mg subcut once a week, injecting herself in the abdomen, alternating sides. Cr 0.68. No DM. BMI 23.0.
She is anxious: her older sister, on dialysis for lupus nephritis, was hospitalised last month with calciphylaxis of the thighs and she asked if she could get it.
Exam: abdomen - two small yellow-green bruises at recent MTX injection spots, non-tender; no induration, no livedo, no ulcers anywhere.
A/P: RA low disease activity. Reassured: normal kidney function, no calcium/phosphate problem; no clinical evidence of calciphylaxis. Injection bruising - finer needle, pressure 1 min after.
"""),
("2025-04-08", "Rheumatology Follow-up", """
Doing well. No further injection bruises. CDAI 3. Sister improving.
Skin: normal. Labs: Cr 0.71, Ca 9.3.
"""),
]}

C20 = {"patient_id": "C20", "age": 50, "sex": "M", "notes": [
("2023-08-22", "Lupus Clinic Follow-up", """
50M SLE with class V+IV LN -> ESRD, on APD since 2022. APS (LAC+) on warfarin. Steroid-associated T2DM - insulin glargine 18 u. BMI 29.9 (overweight range; not obese).
Chem: Ca 10.4 / PO4 6.9 / iPTH 830 / albumin 3.0.
Counselling: warfarin + PD + high phosphate = real calciphylaxis risk for him. Told him to rotate where the insulin goes, nothing hot (pads, bottles) held against his skin, and phone the lupus nurse line same day for any new painful purple or black skin patch.
Skin: intact, no livedo/plaque/ulceration.
"""),
("2024-02-13", "Lupus Clinic Follow-up", """
SLE quiet. Nephro adding cinacalcet; binder switched to sucroferric oxyhydroxide.
Skin: intact; no retiform purpura, nothing to suggest calciphylaxis. Warfarin continued.
"""),
("2024-09-03", "Lupus Clinic Follow-up", """
Stable. Weight 92 kg, BMI 29.9 again. Insulin unchanged.
Skin check normal. Reinforced skin-protection advice.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
