"""probe222 corpus notes, F15-F20 (home infusion pharmacy and the clinics around it; all invented)."""

F15 = {"patient_id": "F15", "age": 80, "sex": "M", "notes": [
("2023-03-02", "Home Infusion Pharmacy - Hypodermoclysis Start", """
HOME INFUSION RPh - NEW START: SUBCUT FLUIDS (HYPODERMOCLYSIS)

80M, moderate Alzheimer dementia, poor oral intake w/ recurrent prerenal AKI.
CKD stage 4 (eGFR 18), conservative kidney care chosen by pt/family - no dialysis.
DM2 on linagliptin 5 mg (metformin stopped), no insulin.
Order: 0.9% NaCl 1000 mL SC over 8 h nightly via 24G subcut cannula, max 1 L/day.
Site: R lower abdomen, started 3/1/23 by RN; cannula change q72h or sooner if
leaking/red, keep within the R lower quadrant (L side has an old hernia repair
scar he picks at).
Wt 68 kg  BMI 24.5
Labs 2/28: Na 147  BUN 64  Cr 3.3  K 5.0  Glu 166
Daughter taught to start/stop infusion, gravity set, return demo ok.
"""),
("2023-03-21", "Home Infusion Nursing Visit", """
RN HOME VISIT - hypodermoclysis

SC fluids running nightly as ordered, daughter managing well.
Cannula site R lower abdomen: 4x4cm indurated purple plaque with a lacy
border and a dusky center, tender when touched, around the area used for the
cannula since the start. No drainage, no fever.
Cannula moved to the L upper thigh today.
VS: BP 118/64  HR 80  T 36.9
Called Dr. Aldana (geriatrics): ddx infusion site reaction vs panniculitis vs
calciphylaxis given CKD; she will come out next week.
"""),
("2023-03-30", "Geriatrics Home Visit", """
GERIATRICS HOME VISIT - Dr. Aldana

R lower abdomen plaque now 5 x 5 cm, firmer, central eschar forming. New smaller
mottled patch next to it. L thigh cannula site normal.
Assessment: painful necrotic plaque at a hypodermoclysis site in a man with
CKD 4 and high phosphate (7.1). Cannot exclude early calciphylaxis; panniculitis
or fat necrosis from the infusion also possible.
Discussion w/ daughter and son: no biopsy, no transfer, focus on comfort.
Plan: stop SC fluids, hospice referral made today, morphine elixir prn,
nonadherent dressing.
"""),
]}

F16 = {"patient_id": "F16", "age": 47, "sex": "F", "notes": [
("2024-08-07", "Home Infusion Pharmacy Admission", """
HOME INFUSION PHARMACY - ADMISSION

47F, MRSA septic arthritis R knee, arthroscopic washout 8/2.
Rx: vancomycin IV dosed by level (1 g when random level < 15), via L upper arm
PICC placed 8/6/24 (single lumen, 4 Fr, 38 cm, ext 1 cm). Planned 4 wk.
Renal: ESRD, on CCPD since 2020 - PICC went in before nephrology saw her
(they were not thrilled; vein preservation).
Other: lupus, Raynaud. Not diabetic. Warfarin 2015-2017 for a line clot,
nothing now.
Wt 57kg, BMI 21.3
Levels drawn by RN at home visits, first 8/9. Pump not needed - gravity bag
over 2 h. Pt lives with husband, both taught, return demo ok.
"""),
("2024-09-10", "Home Infusion Nursing Visit", """
RN HOME VISIT

PICC L upper arm: ext length 1 cm, flush ok, blood return +.
Pt reports an ache along the inner L upper arm since about 8/20; a heating
pad has been on that arm most of each day since then.
Now: medial L upper arm, 2 cm above the PICC dressing, a 5x4cm
firm dusky-violet plaque, net-like edge, noticed ~2 weeks ago. Very tender. No cord.
Temp 37.8C.
Called ID: PICC to be pulled today (done, tip to lab), blood cx x2 drawn.
Heating pad: stop using it, she agreed.
"""),
("2024-09-24", "Dermatology Consult", """
DERMATOLOGY

47F, ESRD on PD, lupus, recent PICC L arm and daily heating pad on that very
spot.
Exam: L medial upper arm 6x4cm violet, woody plaque, retiform border,
small central eschar.
Ddx: septic thrombophlebitis vs calciphylaxis vs lupus panniculitis. Cannot
exclude calciphylaxis. Blood and tip cultures negative.
Plan: deep incisional biopsy 10/1.
Addendum 9/27: pt called to cancel the biopsy; she is relocating to her
daughter's place in Oregon. Chart copies faxed; advised to establish with derm
and nephrology out there soon.
"""),
]}

F17 = {"patient_id": "F17", "age": 72, "sex": "M", "notes": [
("2025-09-03", "Home Infusion Nursing Visit", """
RN VISIT - peripheral IV problem

72M, dialysis pt (MWF), T2DM on insulin, AF - takes warfarin.
Short course ceftriaxone 1 g IV daily x 5 days (pneumonia step-down) via PIV.
Per pt, the PIV in the R forearm "puffed up" during last night's dose (9/2);
he stopped the infusion and his son removed the catheter.
Exam: R volar forearm, mild swelling 6x4cm, cool, nontender, skin intact.
He put ice packs on it last night and again this morning.
New PIV placed L forearm.
Told him: cold pack wrapped in cloth 15 min at a time, elevate.
"""),
("2025-09-16", "Pharmacist Telephone Note", """
RPh FOLLOW-UP CALL

Ceftriaxone course done 9/6, PIV out, no further infusions planned.
Son reports the R forearm where the IV leaked and where they iced it has turned
"purple like a spider web" with a black middle, very painful, starting about
9/10. No fever. INR at HD 9/15: 3.4.
Meds reviewed with son: warfarin 5 mg most days, Lantus 20u, sevelamer,
metoprolol.
Advised urgent derm/PCP; messaged nephrology and PCP. Photo recieved and
forwarded. Son will call back with appt date; on-call number given.
"""),
("2025-09-30", "Dermatology Clinic", """
DERMATOLOGY

72M on HD, warfarin for AF. PCP sent him about a painful R forearm lesion
that followed an IV leak and ice.
R volar forearm: 6x5cm retiform purpura, 2cm necrotic center.
Punch bx 9/19: septal panniculitis, superficial sample, no vessel calcification
seen - nondiagnostic.
Ddx: extravasation injury; warfarin-related skin necrosis; calciphylaxis.
This shallow sample does not rule calciphylaxis out.
Pt declines a deeper biopsy; "had enough holes".
Plan: follow clinically, photos q2 wk; renal to tighten phos control; warfarin
management to cardiology.
BMI 28.8.
"""),
]}

F18 = {"patient_id": "F18", "age": 57, "sex": "F", "notes": [
("2022-02-08", "Home Infusion Pharmacy Admission", """
HOME INFUSION PHARMACY - ADMISSION

57F d/c'd from Fairhaven Medical 2/7 w/ bilateral lower leg ulcers and
superimposed cellulitis; MRSA from wound swab.
Rx: vancomycin IV dosed by random level (goal 15-20), est. 1 g q4-5 days, via
R upper arm PICC (placed 2/4). Planned 3 wk.
Renal: ESRD on CCPD x 2 yrs. Nephrology note asks to r/o calciphylaxis - derm
biopsy done inpatient, result pending at d/c.
DM2 - Basaglar 28 u at night + lispro 4-6 u w/ meals. No anticoag, never
on warfarin.
Wt 101 kg  Ht 168 cm  BMI 35.8
Labs 2/7: WBC 12.6  Hgb 9.7  CRP 14  vanc random 17.2
Dressings to the leg ulcers by home health 3x/wk (silver alginate, wrap).
Pharmacist: follow level 2/11, CBC/BMP weekly. RN visit 2/9 for PICC care.
"""),
("2022-02-22", "Dermatology Follow-up", """
DERMATOLOGY - F/U after inpatient consult

Bilateral lower leg ulcers: L calf 3x2.5cm, R calf 2x2cm, both punched-out
with a purple rim; livedo racemosa of both lower legs, firm tender nodules along
the R shin.
Punch biopsy L calf (2/3): necrotizing arteritis involving medium-sized arteries
where dermis meets fat; von Kossa stain: no vascular calcium,
capillaries free of thrombi.
Impression: cutaneous polyarteritis nodosa. Calciphylaxis ruled out.
Plan: prednisone 40 daily then slow taper, rheumatology referral, hepatitis B/C
serologies. Stop vancomycin when cellulitis gone per ID - likely 2/25.
Wound care unchanged.
"""),
("2022-03-15", "Nephrology PD Clinic", """
PD CLINIC

57F on CCPD. Leg ulcers: derm biopsy showed cutaneous PAN, not calciphylaxis;
steroid started 2/22, ulcers smaller (L calf 2x1.5cm). Vanc done 2/25, PICC
pulled.
Glucose up to 250s on prednisone - lispro scale raised, glargine 32 u.
PD: 4 cycles, fill 2 L, UF 700 mL, never had peritonitis; Feb Kt/V 1.8.
iPTH=310; P=5.2; Alb=3.3; K=4.4; Ca=9.3
Weight 99.4, BMI 35.2.
A/P: ESRD on PD - stable. PAN - rheum following. Phos ok on sevelamer.
DM2 - insulin adjusted as above. RTC 1 mo.
"""),
]}

F19 = {"patient_id": "F19", "age": 45, "sex": "M", "notes": [
("2024-11-12", "SCIG Pharmacist Telephone Note", """
RPh SCIG CALL - quarterly review

45M w/ CVID on Xembify 20% 8 g weekly into the abdomen (2 sites), since 2021.
Infusions Sunday evenings, no missed doses, no site problems beyond pink
swelling that fades by morning.
He asked about calciphylaxis: his older sister died of it in 2022 while on
dialysis, and he read that "immune shots" might cause it. Explained it is
mainly a disease of people w/ kidney failure and that his kidney function is
normal (Cr 0.9 on 10/30). No diabetes, and he is on no anticoagulant.
Reassured; suggested skin check with his PCP if he wants one.
96kg/179cm - BMI 30.0.
Refill: 4 wk sent, delivery Thu.
"""),
("2025-01-21", "Immunology Clinic", """
IMMUNOLOGY FOLLOW-UP

CVID on weekly SCIG, doing well: 1 sinusitis since last visit, no pneumonia.
IgG trough 950 mg/dL (goal > 800).
FHx: sister with ESRD, died of calciphylaxis; mother T2DM.
Exam: abdomen SCIG sites clean, no nodules; trunk/leg skin unremarkable
without purpura or ulcers. Lungs clear.
Labs: creatinine 0.9 (eGFR over 90), calcium 9.4, phos 3.6.
BMI 30.0 - obesity; discussed diet/activity.
A/P: continue SCIG same dose. Nothing to suggest any skin disease;
no calciphylaxis. Flu shot already done at pharmacy in Oct. RTC 6 mo.
"""),
]}

F20 = {"patient_id": "F20", "age": 66, "sex": "F", "notes": [
("2023-05-09", "Home IVIG Nursing Visit", """
HOME INFUSION RN - IVIG MONTHLY

66F w/ CIDP, Gamunex-C 1 g/kg (65 g) over 2 days, day 1 today via 22G PIV in
the L hand (1 attempt). Premeds: acetaminophen 650, cetirizine 10.
Rate titrated per protocol to 4.8 mL/kg/h, no reaction.
VS q30 min: BP 134/76 -> 128/70, HR 70s, T 36.6.
PMH: ESRD, HD TTS (fluid removal planned around IVIG volume, renal
aware); DM2 diet-controlled, A1c 6.1; past warfarin for DVT, switched to
apixaban last year.
Skin check: intact, no rashes, no wounds on legs or abdomen.
Wt 72 kg  BMI 27.1
Day 2 tomorrow, same RN.
"""),
("2023-06-06", "Pharmacist Counselling Note", """
RPh MEDICATION REVIEW / COUNSELLING (phone)

Annual med review for the IVIG patient on HD. Nephrology asked us to go over
calciphylaxis with her: explained that in dialysis patients calcium can clog
tiny skin vessels and cause very painful sores, that warfarin and calcium pills raise the
risk, and that is why her warfarin was switched to apixaban. Told her: do not
take OTC calcium or vitamin D without asking renal, avoid heating pads or ice
directly on skin, and call if she gets any painful dark spot on the skin.
She has none now and says her skin is fine.
Meds reconciled: Eliquis 2.5 BID, Renvela, Sensipar, midodrine before HD.
No diabetes meds (diet only).
Next IVIG 6/13.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
