"""probe229 corpus notes, G15-G20 (EMS, transport and community paramedicine, plus the clinics
around them; all people, places and wording invented for this corpus)."""

G15 = {"patient_id": "G15", "age": 64, "sex": "F", "notes": [
("2021-06-08", "Community Paramedicine Home Visit", """
COMMUNITY PARAMEDIC HOME VISIT - Tillbury EMS MIH   06/08/2021

64F. ESRD, Tillbury HD MWF. DM2 w/ glargine + mealtime aspart. HTN.
Obesity, BMI 36.4. No anticoagulants, never
warfarin.
All of her insulin goes into the skin beside her navel, mostly
on the L, ever since insulin was started in 2017.
C/o a painful hard dark patch L of the umbilicus for about a month,
"right on my shot spot".
Exam: L periumbilical firm plaque 4x3cm, purple-brown, slightly netted
margin, no ulcer, no drainage.
BGL 228.
Plan: moved injections to the R abdomen for now; msg to nephrology;
dermatology referral requested.
"""),
("2021-06-15", "Interfacility Transfer Record", """
INTERFACILITY TRANSFER (ALS)   Tillbury EMS Medic 5   6/15/21
From: Tillbury Community Hospital 2S   To: Oakden Regional, Dermatology
inpatient service

Reason: L periumbilical plaque - ?calciphylaxis vs lipodermatosclerosis-
type panniculitis at an insulin site; biopsy and derm eval at Oakden.
64F, ESRD/HD (last HD 6/14), DM2 on insulin.
Lines: L hand 20g, saline lock.
VS: 158/90, 80, 18, 96% RA, BGL 190 at departure.
Pain 7/10, acetaminophen given at sending. Stretcher straps kept clear
of the belly (chest and knee straps only).
Handoff to Oakden RN, belongings w/ pt.
"""),
("2021-07-02", "Dermatology Follow-up", """
DERMATOLOGY - Oakden Regional   2 July 2021

L periumbilical plaque at her usual insulin site.
Punch bx 6/16: lobular panniculitis, fat necrosis; no calcium seen
with von Kossa; specimen too shallow. Nondiagnostic - calciphylaxis
cannot be excluded, neither can an insulin-related panniculitis.
Recommended a deep incisional biopsy; pt declined for now. In a week she
moves in w/ her son in Arizona and will find doctors there.
BMI 36.0.
Plan: copy of records to pt; avoid injecting into the plaque; return
precautions.
"""),
]}

G16 = {"patient_id": "G16", "age": 45, "sex": "M", "notes": [
("2022-01-11", "EMS Patient Care Report", """
PCR   Ferrow Valley Rescue Squad   Medic 8   01/11/22
Disp: fever / sick person

45M - ESRD, HD on Mon/Wed/Fri; LV thrombus, takes Coumadin; not
diabetic.
INR was low after Christmas so his cardiologist added enoxaparin; sister
has been giving the shots in both anterior thighs starting 12/28.
Now fever x1 day and an intensely painful black area, L anterior thigh.
Exam: necrotic plaque 6x5cm on that thigh, dusky purple rim, surrounding
erythema, warm, no crepitus. R thigh: small bruises only.
VS: temp 38.6 C, pulse 118, BP 96/58, RR 22, SpO2 95%. BGL 121.
Tx: 18g R AC, NS 500 mL bolus, cardiac monitor.
Transported to Ferrow Valley Hospital ED.
"""),
("2022-01-12", "Critical Care Transport Record", """
CRITICAL CARE TRANSPORT   Ferrow Valley -> Linmere University SICU
01/12/2022   Crew: CCRN / CCP

45M, ESRD/HD, on warfarin + enoxaparin (both held at sending).
L anterior thigh necrotic plaque w/ cellulitis; sepsis physiology.
Ddx per sending: calciphylaxis versus a necrotizing soft-tissue
infection - surgery and dermatology at Linmere to decide; no biopsy yet.
Drips: norepinephrine 4 mcg/min via R IJ CVC. Vanc/pip-tazo given.
Wt 78 kg, BMI 25.3.
En route: MAP 66-72, HR 104-112, alert.
Handoff to SICU attending at 2240.
"""),
]}

G17 = {"patient_id": "G17", "age": 83, "sex": "F", "notes": [
("2023-09-14", "Community Paramedicine Visit", """
CP VISIT   Halse County EMS Community Paramedicine   14 Sep 2023

83F; ESRD, HD at Halse Memorial TTS; AF (warfarin); CHF; frail,
wheelchair for distances. No DM.
Daughter shows a purple lacy pattern over both lower legs w/ 2 small
tender nodules on the R shin, present since the summer. The w/c leg rests
press on both calves when she sits.
Exam: livedo both lower legs; R shin has two firm, tender 1 cm nodules;
no ulcers, pulses faint.
Nephrology NP on phone: "worried this could be early calciphylaxis" -
wants a biopsy. Pt and daughter undecided.
Wt 49 kg, up 0.5 from last visit.
Plan: padded leg rests; call back with decision.
"""),
("2023-10-03", "Interfacility Transfer Record", """
INTERFACILITY TRANSFER (BLS)   Halse County EMS   10/3/2023
Halse Memorial 4E -> home with hospice (Bellrose Hospice)

83F, DNR/DNI, POLST with pt. Decided to stop HD (last run 9/30) and
enroll in hospice. Warfarin stopped at discharge.
Skin per d/c summary: livedo BLE with tender nodules, suspected early
calciphylaxis; biopsy declined by pt.
Moved by stretcher w/ slide board, 2 crew, no skin tears.
VS: 98/54, 64 irreg, 18, 93% RA. Comfortable, nods to questions.
Hospital bed already set up in the front room by the hospice DME vendor.
Handoff to hospice RN at the home, daughter present.
"""),
("2023-10-25", "Community Paramedicine / Hospice Joint Visit", """
JOINT VISIT - Halse CP + Bellrose Hospice RN   10/25/23

Comfort-focused check. Pt sleeping more, eating little, no dialysis since
9/30.
Legs: livedo unchanged, R shin nodules still tender, no open areas.
Family asked if this is "the calcium disease" - explained it was only
suspected and never tested, and they chose not to test.
Meds: morphine SL prn, haloperidol prn; warfarin no longer taken.
Weight not obtained (bedbound).
Plan: hospice to continue; CP to sign off program, family has hospice
24h number.
"""),
]}

G18 = {"patient_id": "G18", "age": 59, "sex": "M", "notes": [
("2018-10-03", "EMS Patient Care Report", """
PCR   Quarry Hill Ambulance   Unit 44 (ALS)   10/03/2018
Disp: pain / skin problem

59M. CKD 4, has never dialyzed. New LLE DVT dx 9/26 - started on warfarin
w/ an enoxaparin bridge; wife giving the shots into his lower abdomen.
Since yesterday: fast-spreading, very painful dusky patches on the L
lower abdomen and the R anterior thigh, now blistering, turning black.
Exam: necrotic purple-black plaques, L lower abd 10x6cm and R thigh
8x5cm, w/ hemorrhagic bullae. No fever.
Not diabetic. Obese, BMI 32.2 per pt.
VS 146/88  102  18  97%.
Crew impression: concern for calciphylaxis vs other necrosis.
Transport to Quarry Hill General.
"""),
("2018-10-04", "Interfacility Transfer Record", """
INTERFACILITY TRANSFER (ALS)   Quarry Hill Ambulance   Unit 41
04-Oct-2018   Quarry Hill General -> Mercer Academic Medical Center

59M w/ acute skin necrosis L lower abdomen + R thigh, started 10/2 after
warfarin initiation. Ddx at sending: warfarin skin necrosis vs
calciphylaxis (CKD 4); derm and hematology at Mercer.
Warfarin on hold; phytonadione 10 mg IV given at sending; heparin gtt
running via L AC.
VS stable; pain 7/10, one 0.5 mg dose of hydromorphone per orders. Wife
riding up front. Pt moved w/ draw sheet, care taken not to rub the thigh.
Report to Mercer 9 West RN.
"""),
("2018-10-12", "Dermatology Consult", """
Dermatology Consult - Mercer Academic Medical Center   10/12/2018

Punch bx 10/5 (R thigh edge): occlusive fibrin clots in small dermal
and fat vessels, hemorrhagic necrosis; von Kossa: nothing calcified,
vessels or fat. Protein C activity 38 percent.
Dx: warfarin-induced skin necrosis, w/ low protein C. We have ruled
out calciphylaxis.
Course: warfarin stopped 10/4, now on heparin then apixaban; necrotic
areas demarcating.
CKD4 (eGFR 22), not dialyzing. No diabetes. BMI 32.2.
Exam: both plaques demarcated w/ black centers, bullae deroofed.
Plan: surgery for debridement of the necrosis, avoid warfarin lifelong,
allergy list updated, hematology to follow.
"""),
]}

G19 = {"patient_id": "G19", "age": 47, "sex": "F", "notes": [
("2025-03-11", "Community Paramedicine Home Visit", """
COMMUNITY PARAMEDIC HOME VISIT   Sorrel Bay EMS MIH   03/11/2025

47F. Type 1 diabetes from age 12, multiple daily injections (glargine,
lispro). ESRD, home cycler PD. HTN. No warfarin.
Pt anxious: an older brother on hemodialysis passed away from
calciphylaxis in 2017, and she fears she may get it too. Wants her skin
looked over.
Exam: trunk, abdomen, thighs, legs and arms - skin clear of nodules,
purpura and ulcers; insulin sites on the abdomen rotated and clean. PD exit site ok.
BGL 142. Wt 61 kg, BMI 23.0.
Plan: reassured; told her to report any painful skin change early.
Message to PD nurse.
"""),
("2025-04-22", "Peritoneal Dialysis Clinic Note", """
PD Clinic - Sorrel Bay Kidney Center   April 22, 2025

47F, CCPD x 2 yrs, T1DM on insulin. Kt/V 1.9, good UF.
Family: brother had calciphylaxis, died 2017.
Skin: head-to-toe exam today is normal - skin smooth, nothing livedoid,
no plaque or ulcer. Nothing suggests calciphylaxis in her.
Calcium 9.2 mg/dL, phosphate 4.9 mg/dL, PTH 310 - on target; sevelamer,
no calcium binder, no warfarin.
BMI 23.0. BP 128/78 at home log average.
Discussed her worry: we will keep her minerals in range and look at her
skin each visit.
Plan: continue current rx, annual skin check, return 1 month.
"""),
]}

G20 = {"patient_id": "G20", "age": 70, "sex": "M", "notes": [
("2022-06-14", "Community Paramedicine Visit", """
CP VISIT   Larkspur Township EMS   June 14, 2022

70M. ESRD, Larkspur HD MWF via R forearm fistula. DM2,
diet only. HTN. Knee OA. No anticoagulation.
Knee pain: uses topical diclofenac; denies using a heating pad or a hot
water bottle; has an unopened heat wrap from his son.
Education: calciphylaxis (uncommon, very painful skin disease) is seen
mostly in dialysis patients; advised to keep heat wraps and pads off bare skin.
Skin check of legs: intact.
Weight 101 kg; BMI 30.0.
Plan: f/u 1 month, bring med bottles.
"""),
("2022-07-09", "EMS Patient Care Report", """
PCR   Larkspur Twp EMS   Medic 2   07/09/22
CC: R leg redness, fever

70M w/ 3 days of redness and swelling R lower leg, chills today.
Remembers the CP talk and asked "is this the calcium skin thing?"
Exam: R lower leg warm, red, swollen from ankle to mid-calf, margins
spreading, no ulcer, no purple netting, no black areas.
VS: T 38.4, HR 106, BP 132/76, RR 18, SpO2 97%. BGL 148.
Impression: cellulitis R leg; pt's question about calciphylaxis passed
on to ED.
Tx: 20g L AC, NS TKO, acetaminophen 1 g PO.
Transport to Larkspur Regional.
"""),
("2022-07-13", "Nephrology Inpatient Consult", """
NEPHROLOGY CONSULT - Larkspur Regional   13 Jul 2022

Admitted 7/9 with R lower leg cellulitis, improving on cefazolin dosed
after HD.
Pt concerned about calciphylaxis after CP teaching. Exam: erythema
receding, no retiform purpura, no nodules, no necrosis. No evidence of
calciphylaxis; cellulitis only.
HD MWF, tolerating, K 4.6 this AM. Diet-controlled DM2. No warfarin.
BMI 30.0, obese.
Plan: HD per schedule, cefazolin to complete 10 days, d/c when afebrile
24 h; CP program to resume home visits after discharge.
"""),
]}

PATIENTS = [G15, G16, G17, G18, G19, G20]
