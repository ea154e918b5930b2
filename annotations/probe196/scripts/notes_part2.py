"""probe196 corpus notes, D08-D14 (ambulatory surgery centre, pre-anaesthesia clinic and the
clinics around them; every person, place and sentence invented for this corpus)."""

D08 = {"patient_id": "D08", "age": 49, "sex": "F", "notes": [
("2024-09-10", "Pre-Anesthesia Testing Clinic", """
PAT NOTE -- Riverside ASC
Sched: R inguinal hernia repair, open w/ mesh, 9/24/2024.
49 F, ESRD (lupus nephritis), CAPD -- four exchanges of 2L. No DM. No
anticoagulants. BMI 24.3. MP II. ASA 3.

IV access hx: for her screening colonoscopy this past spring a peripheral IV went
into the L dorsal hand; it infiltrated, the hand swelled, and she used warm compresses on it for about a
week at home.
Skin: RN flagged a 2x2cm black-crusted, exquisitely tender plaque w/ purple halo over the
L dorsal hand, present since July per pt. Not previously evaluated.
Labs: K 3.9 | Hgb 11.0 | phos 6.9(H), Ca 10.2(H), PTH pending
Plan: case on hold pending derm eval of the hand; if it proceeds, left arm: no IV, no
cuff. Anes attending (Dr. Sato) aware.
"""),
("2024-09-17", "Dermatology Consult", """
DERMATOLOGY NEW CONSULT
Referred from pre-anesthesia clinic for L hand lesion.
49 yo F on PD. Since July 2024 a sore dark spot has grown slowly over her L dorsal hand.
It is precisely where the IV infiltrated during her colonoscopy this spring, the area she
then treated with warm compresses.
Exam: 2.5x2cm necrotic plaque, stuck-on eschar, violaceous retiform border, L dorsal
hand over the 3rd-4th metacarpals. R hand, forearms, fingertips normal. Pulses 2+.
Punch bx 4 mm from margin (pt consented).
Impression: presumed calciphylaxis at the old IV/compress site; vasculitis less likely.
Will call w/ path.
"""),
("2024-10-08", "Peritoneal Dialysis Clinic", """
PD UNIT -- monthly review
49F, CAPD. Derm path back: calciphylaxis (calcified dermal/subcutaneous arterioles,
thrombi, no vasculitis). Lesion L dorsal hand now 3x2cm, pain 6/10 on gabapentin.
Kt/V 1.8, CrCl 52 L/wk. iPTH 480; phos 6.6; calcium 10.1. Exit site clean.
62.0kg (BMI 24.1).
Plan: stop calcium acetate, start sevelamer; STS 25g IV thrice weekly through
peripheral access on the R arm; wound RN. Hernia repair postponed until the hand heals -- Riverside ASC
informed.
Pt asked whether the hand will heal -- honest talk: slow, months, pain control is the
priority. Social work to help w/ transport.
"""),
]}

D09 = {"patient_id": "D09", "age": 66, "sex": "M", "notes": [
("2021-04-20", "Pre-Anesthesia Testing Clinic", """
PRE-ANESTHESIA EVAL  04/20/21
Planned: L knee arthroscopy, partial lateral menisectomy, DOS 5/4.
66M, diabetic ESRD, HD qMWF through R forearm fistula. Type 2 DM treated with
sitagliptin 25mg daily; he has never used insulin. Morbid obesity (BMI 38.0).
OSA on CPAP, will bring machine.
No warfarin/DOAC.
Airway MP III, thick neck 46 cm, beard. ASA 3.
Labs: K 5.1 (pre-HD), Hb 10.2, gluc 142.
Plan: GA + L adductor canal block; HD the day before surgery; ramped positioning;
NIBP on L arm only (fistula R).
"""),
("2021-05-04", "Regional Anesthesia and Intraoperative Record", """
REGIONAL + INTRAOP SUMMARY  5/4/21
Block: US-guided LEFT adductor canal block, needle entry L medial mid-thigh, ropivacaine
0.5% 20 mL, uneventful.
Surgery: L knee arthroscopy (Dr. Mbeki). L thigh tourniquet 300 mmHg, 11:20-12:25.
R calf resting in a padded well-leg holder. Grounding pad not used (no monopolar).
Post-op skin: L thigh, minor cuff crease, no blisters. R leg intact.
PACU: VS 152/84, HR 76, SpO2 95% on 2 L NC -> RA at 13:30. Pain 2/10, quads 4/5 on the
L (expected w/ canal block), knee immobilizer for ambulation.
CPAP used in PACU. Glucose 158. Discharged home 14:10 w/ wife; teaching on numb-leg
precautions and crutches done, written copy given.
-- S. Ilunga CRNA / OR RN B. Carraway
"""),
("2021-07-13", "Dermatology Consult", """
DERM CONSULT
66M on HD. Since June, an agonizing firm purple area on the inner R thigh, now ulcerated.
Exam: 7x5cm ulcer with black eschar and stellate purpuric margin, R medial thigh, with
livedo racemosa extending to the R groin crease. The L thigh -- where the block needle and
the tourniquet were in May -- has normal skin, no induration.
Path (punch 7/6, R medial thigh): calciphylaxis w/ calcified subcutaneous arterioles.
BMI 38.2.
Impression: calciphylaxis R thigh; no skin injury on the R side to account for it (denies
bumps, heat, injections).
Plan: STS, sevelamer + cinacalcet per renal, wound care, off-loading cushion.
"""),
]}

D10 = {"patient_id": "D10", "age": 59, "sex": "F", "notes": [
("2025-01-21", "Dermatology Consult", """
DERMATOLOGY -- consult from HD unit
59F on hemodialysis. The L calf has been "on fire" ever since New Year's Day, starting as
a purple knot; within about a week it had a black scab. No prior trauma to the leg
that she can recall.
Exam: 4x3cm eschar on the L posterior calf amid retiform purpura; exquisitely
tender; R calf normal.
Punch bx today; stain for calcium.
Not diabetic, no warfarin. BMI 27.5.
Unit labs 1/17: alb 3.0 L, Ca 9.9, iPTH 770 H, phos 6.7 H.
Impression: clinically calciphylaxis; bx to confirm. Dressing: non-adherent contact layer,
foam, loose tubular gauze. Pain: renal-dosed hydromorphone via PCP.
Pt has an AV graft procedure booked at the ASC next month -- OK from our side if the L calf
is protected.
"""),
("2025-01-30", "Pre-Anesthesia Testing Clinic", """
PAT -- phone + in person
Procedure: revision of R upper arm AV graft (stenosis at venous anastomosis), 2/4/25, MAC +
local.
Hx: ESRD on HD TTS, HTN, hypothyroid. Derm bx 1/21 showed calciphylaxis, L posterior
calf -- active, dressed by wound RN.
Meds: levothyroxine, sevelamer, cinacalcet, STS with HD (started 1/25).
Vitals: 138/76, 81, 98% RA. BMI 27.3.
Airway unremarkable. ASA 3.
Notes for OR: keep the L leg out of any SCD sleeve; SCD R calf only; pad heels.
HD Mon 2/3 w/ K check on arrival. No PO after midnight except meds w/ sip.
Pt and husband verbalize the plan; arrival time 06:15.
"""),
("2025-02-06", "Post-Operative Phone Call", """
POST-OP CALL  02/06/2025
AV graft revision on Tue. R upper arm incision dry, thrill present per pt. Pain 3/10.
Yesterday she tripped on the hallway rug, caught herself on the walker, but knocked the
L calf -- right on her calciphylaxis dressing -- against the step. Some bleeding through
the dressing, stopped with pressure. Did not hit her head. Dressing changed by husband.
Advised: wound RN visit moved up to Friday; call 911 for any further fall w/ injury.
HD tomorrow as usual. Husband to check the dressing tonight and send a portal photo.
Incision care reviewed; no heavy lifting w/ the R arm for 2 wks.
-- M. Ostrowski RN
"""),
("2025-02-20", "Wound Care Clinic", """
WOUND CENTER f/u
L posterior calf calciphylaxis wound (onset 1/1/25, bx-proven 1/21). After the knock on
2/5 the edge bled; now 4.5x3.2cm, eschar partly lifted, base w/ grey slough, no
cellulitis. Pain 7/10.
R calf (SCD side) intact. R upper arm surgical site healed.
Care today: gentle cleanse, calcium alginate, silicone border foam, light tubular bandage.
No sharp debridement.
Plan: STS continues w/ HD; twice-weekly visits. Fall prevention: rug removed, PT home
safety eval ordered. Vitals: 128/70, HR 84, afebrile. Pt tearful re: pain -- palliative
referral offered, accepted.
"""),
]}

D11 = {"patient_id": "D11", "age": 63, "sex": "M", "notes": [
("2022-09-27", "Dermatology Consult", """
DERM -- inpatient-to-outpatient handoff
63M, HD for ESRD; type 2 diabetic on insulin. Since Labor Day, a very painful hardened area in
the R lower abdominal fold (pannus), now 8x6cm, black necrotic centre, purple netted edge.
Insulin: he injects glargine and lispro only into his arms (posterior, L and R
alternately) and never into the belly.
Upper arms: mild lipohypertrophy, no purpura.
Procedure today: 4mm punch x2 from the R pannus lesion edge.
BMI 46.3.
Impression: calciphylaxis, clinical; awaiting path. Will ask surgery about formal
debridement once path is back. Renal to begin STS 25g at every HD.
Dressings: Dakin's-moistened gauze daily by home health.
"""),
("2022-10-11", "Pre-Anesthesia Testing Clinic", """
PAT VISIT 10/11/22
Booked: excisional debridement of R lower abdominal/pannus wound, Dr. Lindqvist, 10/18.
Path 9/27: calciphylaxis (von Kossa + arteriolar calcification).
Hx: ESRD on HD qMWF (L forearm loop graft); DM -- glargine 40u + mealtime lispro; OSA;
BMI 46.0 (Wt 141 kg).
Airway: MP IV, short neck -> video laryngoscope available; plan MAC + local, GA backup.
Glucose plan: half-dose glargine night before. Dialysis 10/17.
ASA 4. Labs: K 4.8, Hb 9.6, gluc 203, INR 1.1. No anticoagulants.
CXR clear. ECG: SR 88, old inferior Q waves. Cardiology note 9/2022: ok to proceed, low
risk procedure. Pt and wife agree to plan; transport by wheelchair van.
"""),
("2022-10-18", "Operative Note", """
OPERATIVE NOTE  10/18/2022
Procedure: excisional debridement of calciphylaxis wound, R lower abdomen/pannus, 9 x 7 cm,
to subcutaneous fat; placement of NPWT.
Anesthesia: MAC; surgeon infiltrated 1% lidocaine with epinephrine around the margins.
Positioning: supine, pannus retracted w/ tape to the chest wall; grounding pad L anterior
thigh; arms out on boards.
Findings: black eschar, grey non-bleeding fat, calcified vessels that gritted against the
blade. Debrided to bleeding tissue. NPWT 125 mmHg continuous.
EBL 40 mL. Specimen to path. Pt to PACU stable.
Post-op glucose 188. Plan: NPWT changes 3x/wk by wound RN; STS w/ HD continues.
-- Dr. E. Lindqvist
"""),
]}

D12 = {"patient_id": "D12", "age": 76, "sex": "F", "notes": [
("2023-02-14", "Pre-Anesthesia Testing Clinic", """
PRE-ANAESTHESIA CLINIC  14 Feb 2023
Booked: L carpal tunnel release under L upper arm tourniquet, 3/2/23.
76F, ESRD on PD x 5 yrs, HTN. Not diabetic. Never on warfarin. BMI 22.9.
On exam a 3x4cm firm, violaceous, very tender plaque w/ a small dark crust over the posterior
L upper arm, just where the tourniquet would go. Pt says it came up in early January;
denies any bump, fall, burn or injection to the arm. No flu shot this year.
Plan: hold booking; derm referral today; no tourniquet on the L arm if surgery goes ahead.
ASA 3.
"""),
("2023-02-21", "Dermatology Consult", """
DERM
76F, PD patient. L posterior upper arm plaque since early Jan 2023, now with a 1 cm eschar,
pain 8/10. She and her daughter deny any injury, injections, heat or ice to that arm.
Exam: 4x4cm indurated violaceous plaque, livedoid margin, L posterior upper arm.
No other lesions.
Path (bx 2/16): calcification of subcutaneous arterioles + thrombosis = calciphylaxis.
Plan: STS intraperitoneal per renal, sevelamer, stop calcium; pt told no heat packs, no
ice there. Foam dressing, change q3 days. Labs from PD unit: Ca/P/iPTH
10.3/6.4/610.
Discussed prognosis openly; daughter present.
"""),
("2023-03-01", "Anesthesia Preoperative Note", """
ANESTHESIA / SURGEON JOINT NOTE
L carpal tunnel release cancelled for now -- active L upper arm calciphylaxis,
bx-proven 2/16.
If the hand surgery is rebooked: WALANT (local only, no tourniquet), nothing on the L arm
(no cuff, no IV), BP on the R arm.
Skin today: L upper arm lesion unchanged, dressing clean.
BMI 22.6. Pt and daughter agree; surgeon will revisit in 3 months.
Night splint for the L wrist continues for the carpal tunnel symptoms meanwhile.
-- anesthesia: Dr. F. Adeyemi / hand surgery: Dr. R. Castellanos
"""),
]}

D13 = {"patient_id": "D13", "age": 69, "sex": "M", "notes": [
("2020-01-14", "Intraoperative Nursing Record", """
INTRAOP NURSING -- Westfield ASC, OR 1
01/14/20  Proc: open L inguinal hernia repair + umbilical hernia repair w/ mesh
Anes: GA/LMA. Case ~3 h 10 min (adhesions).
Access: 20G PIV L antecubital, placed in pre-op. NIBP cuff L upper arm, cycling q3 min
for the case; R arm not used (fistula).
Position supine, arms out. Grounding pad R thigh. SCDs both calves.
Post-op skin check: cuff marks L upper arm, faded by discharge. IV site clean on removal.
Hx: ESRD, HD via R forearm fistula; T2DM on repaglinide, warfarin held 5 days for surgery.
BMI 26.2.
"""),
("2020-02-04", "Hemodialysis Rounding Note", """
HD ROUNDING 2/4/2020 -- Cedar Point Dialysis
69M, ESRD. Pt pointed out a sore, firm purple area of the inner L forearm, present since
late January. Warfarin was restarted after the hernia surgery, INR 2.6 today.
Labs: Ca 9.8 / PO4 8.1 / PTH 1130.
Wt 79.8 kg, BMI 26.0.
Plan: derm this week; binder uptitration; hold calcitriol. Run today 4 h, UF 2.6 L,
BP stable, no cramps. Hernia incisions healing per pt. Advised: keep the forearm spot away
from heat and cold.
-- Dr. Y. Brennan, nephrology
"""),
("2020-02-18", "Dermatology Consult", """
DERMATOLOGY
69M, HD pt on warfarin. L mid volar forearm: 5x3cm indurated violaceous plaque, central
eschar, retiform border. It lies about 8 cm distal to the antecubital fossa
(where a PIV was on 1/14) and well below the upper arm where the BP cuff cycled -- neither
of those spots is involved; the antecubital skin and the upper arm are normal.
Onset late Jan 2020.
Path (bx 2/11, L forearm): calciphylaxis.
Plan: warfarin -> apixaban (cardiology ok), STS w/ HD, wound care.
"""),
]}

D14 = {"patient_id": "D14", "age": 58, "sex": "F", "notes": [
("2019-06-20", "Intraoperative Nursing Record", """
OR RECORD -- Summit Day Surgery
6/20/2019  Hysteroscopic resection of submucous fibroid (monopolar resectoscope)
Anes: GA/LMA, 1 h 40 min.
Position: lithotomy in candy-cane stirrups, legs padded at the calves; arms on boards.
Grounding pad R anterior thigh. Warm IV fluids only.
Hx: ESRD/PD (cycler); T2DM, insulin pump; BMI 35.5.
Post-op: R thigh pad site reddened, small blister; pink stirrup marks both calves.
Charge RN notified; anesthesia and surgeon informed, incident report entered.
Times: in room 10:05, out 11:55. Fluid deficit 420 mL. Counts correct.
-- circulator H. Quist RN
"""),
("2019-06-21", "Post-Operative Phone Call", """
POD1 CALL 6/21/19
Bleeding light. Cramping 3/10.
Burn check: R thigh grounding pad site -- one 1 cm blister, pt keeping it covered w/
nonstick dressing; superficial partial-thickness burn, wound nurse to see 6/25.
Calves: stirrup marks gone this AM.
Glucose 150s, pump settings unchanged. PD last night fine.
No fever. Pt understands to call for heavy bleeding (>1 pad/h), fever >38.3, or if the
thigh blister spreads. Path f/u w/ gyn on 7/2. Pain meds: ibuprofen avoided (PD), using
acetaminophen only.
-- R. Esposito RN
"""),
("2019-08-06", "Dermatology Consult", """
DERM CONSULT
58F on PD. Since mid-July, exquisitely painful hard plaques under and on both breasts.
Exam: both breasts, lower-inner quadrants: violaceous indurated plaques 3-6 cm, L w/
central black eschar, retiform edges. Path (L breast bx 7/30): calciphylaxis.
Also checked: R anterior thigh shows a flat 1 cm pink scar from the June pad burn -- healed,
soft, NOT calciphylaxis. Calves normal.
No injections, pressure or trauma to the breasts (bra well fitted, insulin via abdominal
pump set).
Plan: STS, renal to adjust binder, wound care.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
