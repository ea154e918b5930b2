"""probe152 corpus notes, B15-B20 (rheumatology/autoimmune clinic and the services around it; all invented)."""

B15 = {"patient_id": "B15", "age": 55, "sex": "F", "notes": [
("2025-11-18", "Rheumatology Clinic Follow-up", """
RHEUMATOLOGY - SCLERODERMA CLINIC                                     11/18/2025

55F limited cutaneous SSc (ACA+, dx 2011) w/ severe Raynaud's, GERD, calcinosis of the elbows;
CKD 4 (eGFR 17; no dialysis yet; nephrosclerosis + past NSAIDs). No DM. No anticoag.

Interval: early in October she cut the tip of her R index finger on a can lid; it never healed
properly. Since early November the R index and R middle fingertips have painful black tips.
Exam: R index fingertip 6 mm dry necrotic ulcer w/ dusky halo; R middle fingertip 4 mm eschar.
Radial pulses 2+. Sclerodactyly. No calcinosis extruding from the ulcers.
Wt 61 kg, BMI 23.5.

A/P: digital ulcers - most likely SSc ischemic digital ulcers; given Ca x P and CKD 4,
calciphylaxis of the digits is possible and cannot be excluded.
- sildenafil 20 mg tid; iloprost infusion referral
- x-ray R hand; nephrology input on mineral labs
- no finger biopsy for now (poor healing)
"""),
("2025-12-09", "Nephrology CKD Clinic Note", """
CKD CLINIC                                                               12/09/2025

55 yo F, CKD 4 (eGFR 16-18), lcSSc. Not yet on dialysis; options education started,
prefers PD eventually.
Rheum asked about ?calciphylaxis of the R fingertips.
Labs: P 6.1 mg/dL, corrected Ca 9.6, iPTH 410, 25-OH vit D 18, alb 3.5, CO2 19.
X-ray R hand (12/1): acro-osteolysis of the R index tuft, punctate soft-tissue calcinosis at the
tufts; digital arteries show vascular calcification.
Imp: distal digital necrosis R index/middle; SSc vasculopathy favored, calciphylaxis is still
possible and without tissue it can't be excluded.
Plan: switch calcium carbonate -> sevelamer; cholecalciferol; oral bicarbonate; repeat labs 4 wks.
BMI 23.2.
"""),
("2026-01-20", "Hand Surgery Consult", """
HAND SURGERY CONSULT                                                        1/20/26

55F lcSSc, CKD4, R index and middle fingertip ulcers since early Nov (index started after a can
lid cut in Oct). On sildenafil, 3 iloprost infusions done.
Exam: R index tip 5 mm eschar, R middle tip healed w/ pitted scar. Cap refill 3 s.
Imp: ischemic digital ulcer; ddx possible calciphylaxis not settled - bx of a fingertip would
risk a nonhealing wound and was not done.
Plan: continue medical mgmt; consider digital sympathectomy if it progresses.
Pt leaving the state next month to stay with her sister; we will forward records.
"""),
]}

B16 = {"patient_id": "B16", "age": 39, "sex": "F", "notes": [
("2018-09-11", "PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC                                             9/11/2018

39F SLE + APS (recurrent DVT), ESRD on CCPD since 2016, on warfarin, target INR 2-3. Not diabetic.
Works from home; laptop rests on her lap for 6-8 h a day.
S: 3 wks of painful purple "lace" on the outer thighs, both sides, with a few dark spots.
O: BP 128/80, Wt 97 kg, BMI 35.5. Bilateral lateral thighs: retiform purpura in 8-10 cm
patches w/ 2-3 small stellate necrotic areas on the R, tender, no bullae. INR 2.7.
Labs: PO4 6.3, Ca 9.4, PTH 380, alb 3.4, C3 low, anti-cardiolipin IgG high titer.
A: retiform purpura, thighs - APS-related thrombotic vasculopathy? ?calciphylaxis?
warfarin necrosis unlikely given years of use.
P: derm for bx; keep laptop on a desk; rheum and heme notified.
"""),
("2018-09-25", "Dermatology Consult", """
DERMATOLOGY CONSULT                                                       09/25/2018

39F SLE/APS, ESRD on PD, warfarin. Bilateral lateral thigh retiform purpura x 5 wks.
4 mm punch bx R lateral thigh 9/18: occlusive fibrin thrombi in superficial dermal vessels,
minimal inflammation; no vascular or extravascular calcification seen on von Kossa.
Comment: sample reaches only the superficial fat; on this specimen
calciphylaxis is not excluded.
Exam: patches fading at the L, R still has two 5 mm eschars.
Impression: thrombotic vasculopathy, likely APS; possible early calciphylaxis not ruled out.
Recommend deep incisional (wedge) bx if new lesions. Pt declined further bx today.
Plan: d/w heme re anticoag intensity; foam dressings R thigh.
"""),
("2019-01-08", "Rheumatology Clinic Follow-up", """
RHEUMATOLOGY F/U                                                          01/08/2019

39F SLE/APS, ESRD on PD. Thigh lesions: healed by late November w/ hyperpigmented scars,
none new since the laptop moved to a desk and INR goal raised to 3-3.5 by heme.
She still declines a deep biopsy; the question of early calciphylaxis vs APS vasculopathy was
never settled and remains open.
Lupus: quiet. SLEDAI-2K 2. HCQ 200 mg daily, pred 5 mg.
VS: BP 124/76, Wt 95 kg, BMI 34.8.
Plan: continue warfarin per heme; low threshold to biopsy any new painful skin lesion; RTC 4 mo.
"""),
]}

B17 = {"patient_id": "B17", "age": 81, "sex": "M", "notes": [
("2024-02-06", "HD Rounding Note", """
HD ROUNDING                                                                 2/6/2024

81M GCA (on pred 7.5 mg, tocilizumab stopped 2023 for infections), ESRD, HD three days/wk via a R arm fistula,
type 2 DM on glargine 12 units, PAD, CAD. No warfarin.
New: R lateral lower leg ulcer for 3 weeks; began as a painful, mottled purple patch; son wonders if he
hit it against the footrest of his wheelchair, not certain.
Exam: R lateral lower leg at mid-calf: 3 by 2.5 cm ulcer capped by black eschar, livedo extending 5 cm.
Feet cool, DP not palpable bilat.
Wt 63 kg, BMI 21.8.
Labs: alb 2.6, Ca 9.2, PO4 5.9, PTH 430
A: R leg ulcer - ischemic/arterial vs calciphylaxis (r/o).
P: ABI/TBI, wound clinic, derm if no PAD explanation; stop calcium carbonate.
"""),
("2024-02-20", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT                                                 02/20/2024

81M ESRD on HD, GCA, DM, PAD; painful R lower leg ulcer (?calciphylaxis vs ischemic ulcer;
ABI noncompressible, TBI 0.2). Never biopsied; derm appt pending.
Met w/ pt, son and daughter. Pt is worn out by dialysis; declines biopsy and any further
procedures. Goals: comfort, be at home.
Decisions: last HD will be Friday; refer to home hospice; no biopsy; wound care for comfort
only; hydromorphone 0.5 mg oral q4h as needed, lorazepam prn anxiety; stop glargine, check sugars only
if symptomatic. DNR/DNI confirmed, POLST completed.
"""),
]}

B18 = {"patient_id": "B18", "age": 48, "sex": "F", "notes": [
("2023-03-14", "HD Rounding Note", """
DIALYSIS ROUNDS - Crestview HD                                          3/14/2023

48F, long-standing seropositive nodular RA (on pred 10 mg; biologics stopped 2021 after
recurrent infections), ESRD from AA amyloidosis on HD TTS. Prediabetic range A1c 6.1 - no diabetes diagnosis,
untreated. No warfarin.
Painful purple spots w/ ulcers on both lower legs x 10 d.
Exam: bilat anterior shins and ankles: multiple 1-3 cm punched-out ulcers with purpuric rims
and dusky livedo; several palpable purpuric papules. Rheumatoid nodules at the elbows.
Wt 77 kg, BMI 28.4 (overweight).
Labs: CRP 11.2, RF 580, P 5.4 / Ca 9.1 / PTH 290, alb 3.2
A: painful leg ulcers in an HD pt - concern for calciphylaxis; ddx vasculitis.
P: derm bx urgently; hold calcium carbonate.
"""),
("2023-03-28", "Dermatology Consult", """
DERMATOLOGY CONSULT                                                       03/28/2023

48F RA, ESRD on HD. Bilateral shin/ankle ulcers + palpable purpura.
Two punch bx (R shin ulcer edge and L ankle papule) 3/17: necrotizing vasculitis involving small and
mid-sized vessels of dermis and subcutis with fibrinoid necrosis and leukocytoclasis; DIF:
vessel-wall IgM and C3. No calcification in vessels or fat on von Kossa.
Dx: rheumatoid vasculitis. Calciphylaxis excluded.
Exam today: ulcers 0.5-2.5 cm on both shins and the L lateral ankle, purpuric borders, a few
new palpable papules on the R dorsal foot. Bx sites intact.
Plan: rheum urgently for immunosuppression; wound care w/ nonadherent dressings; compression
avoided until vasculitis controlled.
"""),
("2023-04-11", "Rheumatology Clinic Follow-up", """
RHEUMATOLOGY F/U                                                          04/11/2023

48F seropositive RA w/ biopsy-proven rheumatoid vasculitis of the legs (calciphylaxis was
considered by the HD team and excluded on bx). ESRD on HD.
Started 4/3: methylpred 500 mg IV x 3 then pred 40 mg; rituximab 1 g 4/4, second dose 4/18.
Ulcers: smaller, clean bases, no new purpura. Pain 3/10.
A1c 6.3 on high-dose steroid; still no DM dx - glucose checks at HD.
VS: BP 128/74, Wt 78 kg, BMI 28.7.
Plan: PJP ppx; pred taper over 8 wks; wound clinic q2 wks.
"""),
]}

B19 = {"patient_id": "B19", "age": 62, "sex": "F", "notes": [
("2017-06-20", "Rheumatology New Patient Visit", """
RHEUMATOLOGY NEW PATIENT                                                 06/20/2017

62F referred for inflammatory polyarthritis x 4 mo: MCPs, PIPs, wrists, AM stiffness 90 min.
PMH: T2DM on metformin 500 bid (dose-reduced), HTN, CKD 3a (eGFR 52), obesity.
FHx: brother died at 58 of sepsis from calciphylaxis while on dialysis; mother had RA.
SHx: retired bus driver, never smoker.

Exam: Wt 88 kg, BMI 32.7. Synovitis bilat MCP 2-4 and both wrists. Skin normal, no nodules,
no ulcers or purpura.
Labs: RF 96, anti-CCP 180, ESR 48, CRP 2.1. Cr 1.18. X-rays: periarticular osteopenia, no erosions.

A/P: seropositive RA, moderate-high activity (CDAI 26).
- MTX not ideal w/ CKD 3a -> start sulfasalazine 500 bid, titrate; HCQ 200 mg daily
- pred 10 mg daily x 4 wks then taper
- she wanted to know if her brother's disease could happen to her: told her it is mainly
  seen in people on dialysis, and she shows no sign of it.
"""),
("2020-02-11", "Rheumatology Follow-up", """
RA FOLLOW UP                                                               2/11/2020

62F seropositive RA, CKD 3a (eGFR 49), T2DM on metformin. RA in low disease activity on SSZ
1 g bid + HCQ; off prednisone since 2018. CDAI 4.
No new joint swelling. Skin exam normal - no ulcers, nodules or livedo.
Again worried about calciphylaxis because of her brother; no evidence of it; reassured, and
asked to phone the clinic about any painful darkened skin.
VS: BP 134/80 | weight 86 kg | BMI 31.9.
Labs: CBC/LFT normal on SSZ. Phos 3.8, Ca 9.3.
Plan: continue SSZ + HCQ, annual eye exam for HCQ; nephrology yearly. RTC 6 mo.
"""),
]}

B20 = {"patient_id": "B20", "age": 35, "sex": "F", "notes": [
("2024-04-16", "PD Clinic Note", """
PD CLINIC - monthly                                                        4/16/24

35F SLE, class IV lupus nephritis (2015) -> ESRD, on CCPD since 11/2023. No DM. No warfarin.
Feels well. UF ~800 mL/day, good appetite.
BP 126/78, wt 58 kg, BMI 21.6. Exit site: clean; tunnel nontender. Skin intact.
Labs: phos 7.0 (high again), Ca 9.8, iPTH 520, Hgb 10.9, alb 3.7.
Weekly Kt/V 2.0.

Counseling: phosphate high x 3 months; reviewed diet w/ renal dietitian (processed foods,
colas). Explained that high phosphate and calcium can lead to vascular calcification and
rarely calciphylaxis, a painful skin condition seen in dialysis patients - reason to take
binders w/ meals. She is also taking OTC calcium chews for bones; asked her to stop them.
Plan: sevelamer 1600 mg TID; repeat labs 4 wks.
"""),
("2024-09-10", "Lupus Clinic Follow-up", """
LUPUS CLINIC                                                                 9/10/2024

35F SLE (ESRD on PD since late 2023). Quiet disease: no rash, no arthritis, no ulcers.
HCQ 200 mg daily (reduced), pred 2.5 mg. C3 102, C4 19, dsDNA neg.
Skin: no rash, no livedo, no ulcers. No evidence of calciphylaxis.
Asked about warfarin for her mild aPL positivity: not indicated (no thrombosis), and we would
avoid it if possible given her dialysis and calciphylaxis risk; low-dose aspirin instead.
Wt 58.5 kg, BMI 21.8.
Transplant listing: workup in progress.
Plan: aspirin 81 mg; HCQ eye screen; RTC 6 mo.
"""),
("2025-03-18", "PD Clinic Note", """
PD CLINIC                                                                  3/18/2025

35F SLE, ESRD on CCPD (five 2.2 L cycles overnight + 1.5 L icodextrin daytime dwell). Feels well, working
full time. No peritonitis episodes to date.
Meds: sevelamer 1600 TID, HCQ 200 daily, pred 2.5, aspirin 81, darbepoetin per protocol.
Phos 5.4 on sevelamer, iPTH 390, Ca 9.2, Hgb 11.2. Off calcium chews.
Reminded again to report any painful skin nodule or dark patch, since dialysis patients can
develop calciphylaxis; none so far, skin exam normal.
BP 122/74, wt 57.8 kg, BMI 21.5. Exit site clean.
Plan: same prescription; transplant eval continues.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
