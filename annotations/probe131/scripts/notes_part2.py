"""probe131 corpus notes, T08-T14 (skilled nursing / long-term care home for residents on dialysis; all invented)."""

T08 = {"patient_id": "T08", "age": 67, "sex": "F", "notes": [
("2025-11-03", "NP Visit", """
NP visit  Nov 3, 2025  -- Saint Odile Care Residence, 3rd floor
67 y/o F long-term res. ESRD on PD (CCPD overnight, cycler run by PD-trained RN), DM2 on
glargine 30 u qAM (given in abdomen, rotating), AF -- was on warfarin until spring 2023, since then
apixaban. Class III obesity.
CC: legs heavy and swollen, worse by evening. 2+ pitting edema both legs to knees, no wounds,
no cellulitis. PD UF adequate per renal, Alb 3.1.
Plan:
- compression stockings, thigh length, 20-30 mmHg, to both legs: put on once am care is done,
  taken off at bedtime. Fitted by nursing today 11/3/25 and first pair applied this afternoon.
- elevate legs when in recliner
- monitor skin under stocking bands q shift
Ht 160 cm  Wt 105.5 kg  BMI 41.2
"""),
("2026-01-08", "Weekly Skin Check", """
WEEKLY SKIN CHECK -- 01/08/2026 -- Saint Odile 3N
Done by: L. Mbeki RN w/ CNA
Head/ears ......... intact
Sacrum/coccyx ..... intact, blanchable
Abdomen ........... intact, insulin sites w/o lumps, PD exit site clean/dry
R thigh ........... upper posterolateral thigh: horizontal band of purple netlike discoloration
                    with 2 firm dark plaques, larger 4 x 2 cm, sits at level of stocking top band
L thigh ........... same band pattern, 1 plaque 3 x 3 cm w/ black center, very painful
Heels ............. intact
Res says both thighs "started to hurt on Christmas Day" and she thought it was the stockings
being tight. Stockings removed and held. NP notified, derm consult requested.
Pain 8/10 -- prn oxycodone given.
"""),
("2026-01-20", "Dermatology Consult", """
DERMATOLOGY -- Saint Odile on-site clinic   20-Jan-2026
67F, PD, DM2 on insulin, obesity class III, prior warfarin (2019-2023).
Bx 1/12/26 from R posterolateral thigh: mineral deposits in intima and media of subcutaneous
arterioles, a few tiny thrombi, necrotic fat around them; von Kossa +. Dx calciphylaxis.
Exam: bilateral upper thighs, band-like distribution of retiform purpura with indurated plaques
and 2 small eschars (R), 1 eschar (L). The band follows precisely the elastic top of the
compression stockings she has worn daily since early November. I attribute the localisation to
constant pressure from that band.
Plan: no compression garments; STS via PD unit (IV at outpt center 3x/wk); stop Ca-based binder;
nutrition consult; wound RN; pain team.
Wt 104.6 kg  BMI 40.8
"""),
]}

T09 = {"patient_id": "T09", "age": 64, "sex": "M", "notes": [
("2023-03-14", "SNF Admission Nursing Assessment", """
Admission nsg assessment 3/14/2023  Cedar Hollow Nursing Center, rm 9
64 yo male, from home after a fall w/o injury and weakness. Lives alone, wife deceased.
Dx: ESRD on HD MWF (Brightwater Dialysis), DM2 on insulin, HTN, neuropathy.
Access: L forearm AVF -- L ARM RESTRICTED (fistula arm): no BP cuff, no venipuncture, no shots.
Insulin: detemir 14 u qAM + aspart correction scale. Res prefers R arm for all SC injections;
all shots R arm only, rotating upper/back of R arm, per care plan.
Anticoag: none. No hx warfarin.
Skin: intact all over, no bruises seen. Braden 18.
Ht 5 ft 10 in  Wt 181 lb  BMI 26.0
Fall risk: moderate -- bed alarm, nonskid socks.
"""),
("2023-06-02", "Wound Nurse Rounds", """
WOUND RN -- Cedar Hollow  06/02/23
Consult: painful lesion L upper arm.
History per res: he first felt a tender lump on the outer L arm "on Memorial Day" (5/29), it went
dark after that and now "burns like hell". Denies bumping it. Reviewed MAR: every insulin dose
since admit is charted in the R arm; L arm has had nothing (restricted side, fistula arm).
Exam: L lateral upper arm, ~8 cm above the elbow: firm violet plaque 3x2.5cm, black eschar 7 mm in
its center, stellate purple margin. AVF L forearm w/ good thrill, skin over
fistula intact. R arm injection sites: no lumps, no bruises.
Plan: paged NP; renal aware, bx to be set up; cover w/ foam, no adhesive on skin; pain med per
order.
"""),
("2023-06-15", "Nephrology Progress Note", """
NEPHROLOGY -- rounding at Cedar Hollow  June 15 2023
64M, hemodialysis MWF, DM2 on insulin. Labs: iPTH 960, phosphorus 7.6, calcium 10.1.
Skin bx (6/6) L lateral upper arm lesion: calcified subcutaneous vessels with thrombosis, fits
calciphylaxis.
Worth noting: the lesion sits on the restricted L arm, and no needle has gone into that arm since
he came to us; his insulin goes into the R arm, which remains clear. No injury to the L arm by his account.
Plan: STS 25 g IV w/ every HD treatment from Mon; cinacalcet 30 mg; switch to non-Ca binder; reduce
dialysate Ca; wound RN weekly. Keep insulin in R arm.
Wt 180 lb (BMI 26.0).
"""),
]}

T10 = {"patient_id": "T10", "age": 74, "sex": "F", "notes": [
("2018-02-20", "NP Visit", """
NP visit -- Maplecrest Manor  2/20/2018
74F long-term res. ESRD -- hemodialysis 3 days/wk (M,W,F). Afib -- takes warfarin, INR target 2-3.
HTN, hypothyroid. No DM.
Walks in hall w/ rolling walker, no WC.
CC: painful mottled area on outside of L lower leg x 10 days; a small dark scab has formed.
Exam: L lateral calf, mid: 4 x 3 cm violaceous retiform patch, indurated, central 0.5 cm black
crust, tender ++. No trauma reported; res and staff deny falls or bumps. R leg clear.
BMI 30.4, weight 82.3 kg.
A: suspect calciphylaxis (ESRD + warfarin + obesity). Ddx warfarin necrosis, vasculitis.
P: derm for punch bx; hold off on local debridement; gabapentin 100 mg post HD; renal aware.
"""),
("2018-03-02", "Dermatology Consult", """
Dermatology consult  3/2/18  Maplecrest
Punch bx 2/23 of L lateral calf: von Kossa-positive calcium in subcutaneous vessel walls, with
thrombi. This is calciphylaxis.
Today lesion 4.5x3.5cm with 1 cm eschar, no sign of infection.
Recs: stop warfarin if cardiology agrees (discussed -- switch to apixaban); STS with HD; no
compression wraps to that leg; wound RN to follow weekly.
Talked w/ res and her daughter at length -- they understood the dx is serious and that healing
takes months. Res wants to keep walking to meals; ok, with walker, no restrictions from skin side.
BMI 30.4.
"""),
("2018-03-19", "Nursing Incident Note", """
Nursing incident note 3/19/18 0215
Late entry for 3/18 1630: res now using a WC (new, issued 3/12/18 after gait decline). While
self-propelling in hallway res bumped her L calf against the footrest. Small abrasion 1 cm just
below the known calciphylaxis wound (L lateral calf); scant bleed, cleansed, foam applied.
The calciphylaxis wound itself unchanged, eschar intact, no new drainage.
Footrests removed when res self-propels; OT to review seating.
NP notified by note. Daughter informed by phone.
"""),
]}

T11 = {"patient_id": "T11", "age": 69, "sex": "M", "notes": [
("2024-04-09", "Nursing Shift Note", """
Nursing 4/9/24 2245 -- Linden Court, 2 South
Res c/o R thigh pain again this eve. Area on front of R thigh first noticed by res on Easter Sunday
(3/31): now 5 x 4 cm purple firm plaque w/ black center, lacy edge, no drainage.
Per res request yesterday eve (4/8) a warm pack was placed on the sore R thigh x 15 min for
comfort -- no relief, and NP since asked that no heat or cold be put on the lesion. Warm
pack d/c'd.
Hx: kidney failure on HD Tu/Th/Sa; DM2 -- lispro sliding scale, given in abdomen. Awaiting bx results from 4/10 visit?? --
clarified: bx scheduled for 4/10 am.
Repositioned off R side, HOB 30, call light in reach.
"""),
("2024-04-16", "Wound NP Note", """
WOUND NP NOTE -- Linden Court  4/16/2024
Bx 4/10 R anterior thigh (4 mm punch): calcified small subcut vessels, thrombosis, fat necrosis,
von Kossa + -> calciphylaxis.
Wound R anterior thigh 5.5x4.5cm, 100% adherent black eschar w/ loose edge laterally.
Procedure: conservative sharp debridement of loose nonviable edge at bedside w/ forceps +
scissors, minimal bleeding, tolerated w/ premed.
Dressing: hydrogel to edge, nonadherent contact layer, ABD pad secured w/ paper tape -- change
q2d.
Notes: no history of injury, injection or device on the R thigh before this started.
F/u 1 wk.
"""),
("2024-05-07", "Attending Physician Visit", """
Attending visit 05/07/24  Dr. Ines Aldana
69 M. ESRD, hemo on Tue/Thu/Sat. DM2 -- insulin lispro correction scale, every dose in the abdomen. HTN,
obesity, OSA. No warfarin ever.
Calciphylaxis R anterior thigh (bx 4/10), onset Easter weekend. On STS with HD since 4/18.
Wound slowly demarcating, pain down to 4/10.
Exam: R thigh as described by wound NP, no cellulitis. Abdomen: insulin sites fine.
Weight down steadily since admission: admission BMI was 31.2; today 28.4.
Plan: continue STS; sevelamer; wound NP weekly; nutrition to protect protein intake.
"""),
]}

T12 = {"patient_id": "T12", "age": 56, "sex": "F", "notes": [
("2020-10-14", "Dialysis Communication Sheet", """
DIALYSIS UNIT <-> FACILITY COMMUNICATION FORM
From: Riverbend Kidney Center   To: Larchmont Skilled Nursing, Unit C
Date 10/14/2020 (Wed, MWF sched)
Pre wt 96.4 kg  Post wt 94.1 kg  EDW 94.0
BP pre 168/92  post 140/84
Access: L forearm AVF, cannulated w/o issue.
Concerns: pt c/o severe pain both calves thru the run. Our RN saw lacy purple blotches over
both calves w/ 2 small black scabs on the R. Pt says no to falls, bumps, scratches. Nothing hot or cold
was put on those legs, she says. PLEASE have facility provider evaluate today.
Labs 10/12 -- Alb 3.3, Ca 9.8, PTH 1120, Phos 8.1
Next tx Fri 10/16.  -- K. Ostrowski RN
"""),
("2020-10-15", "NP Visit", """
NP VISIT -- Larchmont SNF  10/15/20
56 F, ESRD on HD MWF, HTN, lupus nephritis hx, no diabetes. Never on warfarin.
Per HD unit sheet: painful skin changes both calves since last wk.
Exam: calves, both sides, back and outer aspects -- retiform purpura, 2 eschars R calf (1.0 and 0.7 cm),
indurated plaque L calf 3 x 2 cm. Exquisitely tender. DP/PT pulses palpable.
Denies injury of any kind; no injections in legs; no braces or wraps.
Wt 94.1 kg  BMI 35.0
A: Calciphylaxis, bilateral calves -- clinical diagnosis, made together with Dr Vasquez (renal)
by phone today on the basis of classic retiform purpura w/ eschar, high Phos/PTH.
P: STS with HD to start next week; avoid SC heparin; no compression
devices on the calves; no heating pad, no ice to the legs; fall risk -- low bed + mat; if
new lesions develop, call provider. Punch bx only if course atypical.
"""),
("2020-11-04", "Attending Physician Visit", """
Attending note  Nov 4 2020
Calciphylaxis both calves, clinical diagnosis (renal + NP 10/15). Bx offered -- res declined,
renal comfortable w/o it given classic picture.
Trauma hx reviewed again w/ res and staff: no falls, no bumps, no injections, no devices or
heat on legs. Res tearful, worried she "did something" to cause it -- reassured.
STS started 10/19. Eschars dry, purpura fading at edges, pain 5/10.
BMI 35.0 today.
Plan: continue STS x 3/wk; binder titration per renal; wound RN; PT for gentle ROM.
"""),
]}

T13 = {"patient_id": "T13", "age": 77, "sex": "F", "notes": [
("2019-08-06", "Wound Nurse Rounds", """
WOUND ROUNDS 8/6/19 -- Holloway Gardens LTC, E wing
1) R ear, posterior, where the O2 tubing loops over: device related pressure injury stage 2,
   0.6 x 0.3 cm. Foam ear protectors placed on tubing; check q shift.
2) L forearm: 3 cm skin tear (cat I) from WC -> bed transfer on 8/1, edges approximated, healing.
3) Heels: bilateral heel boots in bed, both heels intact.
4) Abdomen / skin folds: intact.
Res 77F, ESRD on HD TTS, COPD on 2 L O2, no DM, no anticoag (never warfarin). Braden 14.
Wt 118 kg  BMI 44.3.
"""),
("2019-09-17", "NP Visit", """
NP visit 9/17/2019 Holloway Gardens
Asked to see for painful hard area L lower abdomen x 4 days.
Exam: left half of lower pannus -- 6x5cm firm purple plaque, retiform edge, necrotic black
center 15 mm across. Very tender. No crepitus, no drainage, afebrile.
Res gets NO subcutaneous meds (no insulin, no heparin -- ambulates w/ walker, no VTE ppx). No
binder, belt or device on abdomen. No injury there per res and staff.
Ear PI healed. L forearm tear healed.
A: suspect calciphylaxis; ddx panniculitis, necrotizing infection (unlikely).
P: derm bx; labs Ca/Phos/PTH; renal notified; pain control.
"""),
("2019-09-30", "Dermatology Consult", """
Derm consult 30 Sept 2019
Bx 9/20 L lower abdomen confirms calciphylaxis -- mural mineral in small subcutaneous vessels,
clot, and necrosis of the surrounding lobules.
Comment: no injections, devices or injuries involving the abdomen were reported. The ear pressure
injury and the forearm skin tear this summer were elsewhere and have healed; they are not related.
Plan: STS w/ HD via renal; wound care w/ nonadherent foam; lift pannus w/ sling? NO -- avoid any
pressure on pannus; reposition side to side.
Wt 116.5 kg, BMI 43.8.
"""),
]}

T14 = {"patient_id": "T14", "age": 83, "sex": "M", "notes": [
("2022-11-02", "MDS Section M Skin Assessment", """
MDS 3.0 Section M -- Skin Conditions  (Quarterly, ARD 2022-11-02)  Ashbury Place SNF
M0100 risk: [x] Braden formal assessment (score 11) [x] clinical assessment
M0210 unhealed pressure ulcers/injuries: [x] yes
M0300C Stage 3: 1 -- sacrum/coccyx, 2.2cm L x 1.6cm W x 0.3cm D, first seen 2022-10-05, from prolonged
       supine positioning; q2h turning in place.
M0300B Stage 2: 1 -- L posterior heel, device related, under the strap of the offloading boot
       (boot on L foot since 10/12/2022), 1.0cm L x 0.8cm W.
M1030 venous/arterial ulcers: 0
M1200: [x] pressure reducing device bed  [x] chair  [x] turning/repositioning  [x] dressings
Other: ESRD w/ hemodialysis Mon-Wed-Fri, DM2 on detemir, warfarin stopped 02/2022 after GI bleed (no anticoag now).
Wt 63.1 kg  Ht 1.67 m  BMI 22.6
"""),
("2022-12-01", "NP Visit", """
NP visit 12/1/22 -- Ashbury
83M. New: painful violaceous net-like patch L mid-calf, lateral, x 1 wk, 4 x 3 cm with small
central eschar. It is well above the top of the L heel boot (more than 10 cm), not over bone,
no device or strap touches it. No falls, no bumps reported.
Sacral stage 3 and L heel stage 2 -- both improving.
A: suspect calciphylaxis (ESRD, prior warfarin); ddx deep tissue injury less likely given location.
P: derm to bx; renal labs; keep heel boot on; nothing against the calf.
"""),
("2022-12-12", "Dermatology Consult", """
DERM consult -- Ashbury Place 12/12/2022
Bx 12/5 L lateral calf shows calciphylaxis: calcified subcut arterioles with thrombi and fat necrosis.
The sacral and L heel wounds are ordinary pressure injuries in the expected places -- they are
NOT calciphylaxis and do not need biopsy.
No injury, injection or device at the L calf before onset.
On exam the L lateral calf has a 4x3.5cm retiform plaque w/ 0.8 cm eschar. Sacrum clean granulating base. L heel
shallow, pink.
Plan: STS w/ HD; stop calcitriol; wound RN to manage all 3 wounds; keep calf free of pillows and
straps. Son (POA) updated by phone, agrees w/ plan; code status unchanged (DNR).
"""),
("2023-01-10", "Wound Nurse Rounds", """
Wound rounds 01/10/23 Ashbury
a) Sacrum st 3 PI: 14 x 10 x 1 mm, granulating, foam border dressing. Turning q2h continues.
b) L posterior heel st 2 (device related): healed 1/3. Boot strap padded.
c) L lateral calf (calciphylaxis): 4.5cm by 3.5cm, stable dry eschar, less pain (4/10), on STS.
Insulin detemir given abdomen, sites ok.
Pain better controlled since gabapentin moved to after dialysis. Eating 75% of meals, protein
shake bid. Braden now 12.
Plan: continue current orders, re-measure all wounds next wk, podiatry to trim nails.
Wt 63.3 kg BMI 22.7
"""),
]}

PATIENTS = [T08, T09, T10, T11, T12, T13, T14]
