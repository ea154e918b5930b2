"""probe177 corpus notes, C01-C07 (urology and men's health, and the clinics around them;
all invented)."""

C01 = {"patient_id": "C01", "age": 58, "sex": "M", "notes": [
("2019-03-12", "Men's Health Clinic Note", """
MEN'S HEALTH / ANDROLOGY CLINIC - Harlow Street Urology
Visit 03/12/2019      Provider: G. Okonkwo-Lind, PA-C

CC: low T follow up, wants to start treatment

58 yo M; kidneys failed 2014, HD at Northgate M/W/F by L brachiocephalic AVF;
insulin-treated T2DM; here to begin testosterone. Fatigue, low libido, ED (SHIM 9/25). AM
total T 186 and 203 ng/dL on two draws (Dec, Feb), free T low, LH 3.1, prolactin wnl,
Hct 36.4, PSA 0.9. His nephrologist (Dr. Varga) is fine with a trial.

Meds: Lantus 18 u nightly (glargine), aspart per scale, Renvela 1600 mg w/ meals,
Sensipar 30 mg, midodrine pre-HD, atorvastatin 40. NKDA.

Exam: BP 148/82, HR 76, wt 97.3 kg, BMI 31.4. Testes 12 mL bilat, soft, no masses.
Phallus normal, no plaques.

A/P: Symptomatic hypogonadism.
- Start testosterone cypionate 100 mg IM every 7 days.
- Self-injection teaching by RN today. Pt gave his first dose himself in clinic into the
  R lateral thigh (vastus lateralis), 1.5 inch 23g needle, tolerated fine. He wants to keep
  using the right thigh, says it is the easiest for him to reach. Reviewed rotating spots
  within the thigh.
- Hct + mid-interval total T in 6 wks. RTC 3 months.
"""),
("2019-06-20", "Dermatology Consult", """
DERMATOLOGY NEW CONSULT
Referred by: Harlow St Urology / Dr Varga (nephrology)
Date of service: 6/20/19

HPI: 58M, hemodialysis for ESRD, DM2 on insulin. Weekly IM testosterone cypionate since
3/12/19, which he self-administers into the right lateral thigh on Tuesdays. Reports a hard,
exquisitely sore spot on his R outer thigh; it began 3 wks ago; initially just a purplish
blotch, lately black in its center. He rates pain 9/10, worse walking, not sleeping.
No fever. Has kept injecting "around it".

PE: R lateral mid thigh: indurated 6x4 cm plaque showing retiform purpura; stuck-on central
black eschar 2 cm; livedo rims it. Very tender. No fluctuance or crepitus. Contralateral
thigh, abdomen and buttocks unremarkable.

HD labs 6/17: calcium 9.6 mg/dL, phos 7.4 mg/dL, intact PTH 812 pg/mL, albumin 3.2.

Impression: retiform purpura w/ eschar arising right at his testosterone injection site;
dialysis pt, phosphorus and PTH both elevated. Calciphylaxis favored; r/o abscess, oil
granuloma.
Plan:
- Punch bx (4 mm) from the non-necrotic border today, H&E + von Kossa.
- Stop injecting the R thigh; message sent to urology about holding testosterone.
- Petrolatum + nonadherent dressing daily. Pain: APAP, renally dosed tramadol per neph.
"""),
("2019-07-02", "Hemodialysis Rounding Note", """
NEPHROLOGY - HEMODIALYSIS ROUNDING NOTE
Northgate Dialysis Unit, chair 14          07/02/2019

S: R thigh wound still very painful, now using a walker. No fevers. Testosterone on hold per
urology since 6/21.
Bx result (6/20, R lateral thigh): arteriolar medial calcium deposits in the subcutis,
intimal thickening, occlusive luminal clot, lobular fat necrosis (calcium highlighted with
von Kossa). Read by Dr Imre Halasz as calciphylaxis.

O: pre-HD BP 162/88, post 131/74. EDW 94.5 kg, BMI 30.8. L arm AVF +thrill/+bruit.
R lateral thigh: eschar-covered ulcer 7x5 cm, with violaceous rim, no drainage.
Labs: calcium 9.2 mg/dL, phos 6.9 mg/dL, iPTH 760 pg/mL; albumin 3.1 g/dL; Hgb 9.9 g/dL;
spKt/V 1.38 (goal > 1.2).

Assessment: the biopsy proves calciphylaxis, R lateral thigh -- exactly at the site of his
weekly testosterone injections; onset late May.
- Begin sodium thiosulfate 25g IV, run during the final 45-60 min of every treatment, TIW.
- Continue sevelamer; cinacalcet up to 60 mg. Hold paricalcitol.
- Wound clinic referral placed. Insulin glargine unchanged.
- Pt and wife updated, questions answered.
"""),
]}

C02 = {"patient_id": "C02", "age": 63, "sex": "M", "notes": [
("2020-11-02", "Urology Telehealth Visit", """
UROLOGY - TELEHEALTH (video)      11/2/2020
Pleasant Valley Urology, Dr. A. Ferreira-Nash

Subjective: f/u ED on intracavernosal therapy. Background: vasculogenic ED, DM2, ESRD on PD
(CCPD nightly ~9 hrs), HTN. Failed sildenafil 100 and tadalafil 20. After an in-office test
dose at our Millbrook satellite he started home Trimix (papaverine 30 / phentolamine 1 /
PGE1 10 per mL) in October 2020, using 0.15-0.2 mL. He injects at the base of the shaft on
the left lateral side ("that's the side I reach best"), about twice a week. Erection good for
~40 min, no priapism, mild ache after the shot. Partner happy.

Meds: amlodipine 10 mg, Tradjenta (linagliptin) 5 mg daily, Rocaltrol 0.25 mcg qd, sevelamer
800 mg with meals, Trimix.
Last A1c 7.4. Self-reported wt 81 kg, ht 172.5 cm, so BMI 27.2 (calc).

Impression & plan:
1. ED, responding to ICI. Max 0.2 mL. Reviewed priapism plan (erection >4 hr -> ED).
   Told to alternate sides of the shaft and stay off the dorsal vessels.
2. Refilled supplies: alcohol swabs, 29g insulin syringes (for the Trimix), sharps box.
RTC 3 mo in person.
"""),
("2020-12-07", "Peritoneal Dialysis Clinic Note", """
HOME THERAPIES - PERITONEAL DIALYSIS CLINIC, monthly       Dec 7 2020
RN: Tomasz K.     MD: R. Oyelaran

Rx: cycler (CCPD), five cycles (two of 2.5%, three of 1.5%), icodextrin day dwell. Catheter exit
(R lower quadrant): clean, no crust, grade 0. Effluent clear. No missed treatments.
Wt 80.2 kg (BMI=26.9). BP 154/86, HR 80. No edema.

Pt uncomfortable today, reluctantly shows RN a painful sore on the penis, a "black scab" on the
shaft's left side that came up around Thanksgiving. First a firm purple spot; today a black
crust about 1.5 cm w/ dusky violet skin around it, very tender. No discharge, voiding ok, no
fever. Did not bring it up at his urgent care visit for a cough last week.

Labs: Ca 10.1 (10.5 corrected), P 6.8, iPTH 655, albumin 3.0. Clearance: total Kt/V 1.9/wk,
D/P creatinine 0.71;
A1c 7.6.

Assessment: ESRD on CCPD w/ adequate clearance. New painful necrotic penile lesion in a
diabetic on PD with an elevated calcium-phosphate product. Worry: calciphylaxis; infection
also possible.
Plan: urgent urology visit this week (msg to Dr Ferreira-Nash). Hold calcitriol. Change to
low-calcium dialysate. Repeat labs in 2 wks.
"""),
("2021-01-05", "Urology Office Note", """
PLEASANT VALLEY UROLOGY - OFFICE NOTE          01/05/2021
Dr. A. Ferreira-Nash

63M ESRD/PD, DM2, seen 12/10 for a necrotic penile lesion; 3 mm punch bx of the lesion margin
done in the office 12/15/2020.
Path: mural calcium in small vessels (deep dermis, subcutis), thrombosed lumens,
ischemic necrosis; GMS/PAS negative. DX: calcific uremic arteriolopathy of the penis.

Interval hx: pain 7/10; nephrology added gabapentin 100 mg at night, and he has had STS 25g
IV thrice weekly at the home-dialysis unit since 12/21. Voiding ok.

Exam: Left lateral proximal-mid penile shaft: 2.0x1.4 cm dry black eschar, violaceous
induration around it, no fluctuance. Glans pink, meatus normal, no urethral involvement.
PVR 40 mL by bladder scan. Testes normal.

A/P: Biopsy-proven penile calciphylaxis, L lateral shaft, onset around Thanksgiving.
- Trimix discontinued; discard remaining vials. No further ICI.
- Keep eschar dry, bacitracin to the margin only. No debridement of a stable dry eschar.
- Watch for urethral involvement/retention; low threshold for SPC if the meatus gets involved.
- ED: can talk about a vacuum device once healed.
- Co-managed w/ nephrology (STS, low Ca bath, cinacalcet).
RTC 3 wks.
"""),
]}

C03 = {"patient_id": "C03", "age": 71, "sex": "M", "notes": [
("2022-04-02", "Interventional Radiology Procedure Note", """
INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
Date: 04/02/2022     Operator: K. Mbeki-Hart, MD     Fellow: J. Orsolya, MD

Procedure: Right percutaneous nephrostomy (PCN), US and fluoro guided.
Indication: 71M, ESRD on HD (TTS), AFib on warfarin (held, INR 1.4 today), obstructing 11 mm
R proximal ureteral stone with hydronephrosis, T 38.6 and WBC 17 -- infected obstructed
system. Urology requested emergent decompression.
Consent from pt, risks incl bleeding/sepsis/tube dislodgement. Time-out done.
Technique: Patient prone; right flank prepped w/ chlorhexidine and draped in sterile
fashion. Local anesthesia. Posterior lower pole calyx accessed under US w/ 21g needle, 0.018 wire, tract dilated, 10 Fr locking pigtail formed in
the renal pelvis. Aspirate: pus-tinged urine, to micro for culture. Exit site R flank near the
posterior axillary line; tube sutured w/ 2-0 nylon, StatLock applied, dressing on.
EBL minimal. No immediate complications. Pt stable to floor.
Plan: gravity drainage, flush 10 mL NS daily, abx per primary. Tube exchange q8-12 wks.
Resume warfarin in 24 h if no hematuria.
"""),
("2022-04-28", "Kidney Stone Clinic Note", """
KIDNEY STONE CLINIC                  4/28/22
71 yo M, f/u R obstructing stone, s/p R PCN 4/2/22 for urosepsis (E. coli, treated).

S: Feels well, finished cefpodoxime. Tube drains clear yellow ~300 mL/day (little other
output). Mild ache around the flank tube site. Wife helps w/ daily flushes.
HD at Riverside unit on Tues/Thurs/Sat, left upper arm AV graft. Warfarin back on, INR 2.3.

O: T 36.7, BP 138/70. Weight 70.9 kg; BMI: 24.5.
R flank: PCN exit site clean, suture intact, StatLock in place, small patch of tape
irritation just below it, no erythema, no drainage.
CT A/P non-con (4/25): 11 x 7 mm R proximal ureteral stone unchanged, PCN well positioned,
hydro resolved. L kidney atrophic w/ punctate nonobstructing stones.

A/P: R ureteral calculus, decompressed.
- Plan R ureteroscopy w/ laser lithotripsy + stent vs antegrade PCNL; pt prefers URS.
  Warfarin hold x5 days prior, no bridge per cardiology.
- Stone analysis on retrieval. 24-h urine of limited value in ESRD.
- Keep PCN until then. Call for fever, tube falling out, no drainage.
"""),
("2022-06-01", "Urology Clinic Note", """
UROLOGY CLINIC - STONE SERVICE          06/01/2022

S: URS was postponed (admitted 5/9-5/12 for AF w/ RVR). Now c/o severe burning pain around
the nephrostomy tube since mid-May, worse w/ any pressure; cannot lie on his back. Dark
patch spreading around the tube. No fever.

O: Afebrile. BP 150/74. INR 2.9.
R flank, centered on the PCN exit: 6x5 cm firm violaceous plaque, reticulated purpura at
its periphery, 1.5 cm black eschar just inferomedial to the tube, exquisitely TTP. Tube draining
clear urine. No fluctuance or crepitus.

A: Painful necrotic plaque around the R PCN; hemodialysis, anticoagulated w/ warfarin.
DDx calciphylaxis vs tube-site infection/abscess vs warfarin-related necrosis. I'm worried
most about calciphylaxis.

P: Dermatology to biopsy today (curbside w/ Dr Ashdown, will see this afternoon).
Soft-tissue US. Nephrology aware. URS on hold. Will ask IR about moving the tube.
"""),
("2022-06-14", "Dermatology Consult Follow-up", """
DERMATOLOGY CONSULT F/U          2022-06-14
71M -- hemodialysis, atrial fibrillation (warfarin), R nephrostomy since 4/2/22.

Punch bx 6/1 (R flank, plaque margin): small dermal + subcutaneous vessels with
calcified walls, intraluminal thrombi, septal panniculitis and fat necrosis; calcium
shown by von Kossa (Dr. Lindgren, dermpath). Tissue cultures negative.

Exam: R flank plaque now 7 x 6 cm, eschar 2.5 cm, surrounding the PCN exit.

Assessment: Biopsy-proven calciphylaxis that arose at the R nephrostomy tube insertion site
(pain began mid-May, about six weeks after the tube went in). Tube tract, sutures and the
securement device are the probable local trigger.

Plan:
- Warfarin -> apixaban, agreed w/ cardiology and neph; last warfarin dose today.
- STS 25g with every HD session.
- IR to exchange/reposition the tube away from the plaque if feasible, or expedite definitive
  stone treatment so the tube can come out.
- Wound: Medihoney to eschar margins, silicone foam, no adhesive tape on the plaque.
- RTC 2 wks.
"""),
]}

C04 = {"patient_id": "C04", "age": 80, "sex": "M", "notes": [
("2023-07-11", "Urology Catheter Clinic Note", """
UROLOGY NURSE-LED CATHETER CLINIC           11 Jul 2023
Urologist of record: Dr. P. Lindqvist-Obi

Reason: monthly indwelling catheter change.
Hx: BPH with chronic retention (PVR 900+), failed 2 TWOCs; indwelling urethral Foley since
spring of this year, TURP declined for now. ESRD on HD MWF at Riverbend Unit. T2DM on insulin
(glargine 22 u + lispro w/ meals). HFrEF.

Catheter: 16 Fr silicone Foley removed, minimal encrustation; new 16 Fr 2-way placed w/o
difficulty, 10 mL sterile water in balloon, clear urine returned. Meatus intact.
Drainage: leg bag by day, strapped to the calf w/ two elastic straps; night bag at bedside.
He moves the bag between the R calf and the L calf every few days. Straps snug -- left
faint marks on both calves today; advised to loosen them one notch.

Vitals: BP 142/68, P 70, Wt 78 kg / BMI 26.1

Plan: next change 8/8/23. UA only if symptomatic. Revisit TURP vs HoLEP with
Dr. Lindqvist-Obi at his Sept visit. Daughter given spare leg bags and straps.
"""),
("2023-09-18", "Wound Care Center New Patient", """
OUTPATIENT WOUND CARE CENTER - NEW PATIENT        DOS 9/18/2023

80 y/o M on HD, insulin-treated DM, chronic Foley with a leg bag, sent by the Riverbend HD
unit because of painful calf wounds. Per pt and daughter, they started on Labor Day as
"purple bands" on both calves,
now with black centers. Burning pain he scores 8/10, worst around 2-3 am.

Exam:
R calf, posterolateral upper third: 5.5x3.0 cm stellate ulcer, black eschar 2x1 cm,
violaceous retiform border, oriented horizontally.
L calf, posterior upper third: 4.0 x 2.5 cm similar lesion, eschar 1 x 1 cm.
Both sit in a band exactly where the upper leg-bag strap goes; along the lower strap line,
above the ankle, only faint erythema. DP pulses dopplerable bilat. ABI 1.3, noncompressible.

Procedure: one 4 mm punch, R calf lesion edge; hemostasis by pressure.

Impression: bilateral calf necrotic ulcers in an HD pt at the sites of chronic leg-bag strap
pressure; strongly suspect calciphylaxis.
Plan: straps stopped today -- switched to a catheter valve by day + night bag. Calcium
alginate + foam, light wrap without compression. Results to HD unit and urology.
"""),
("2023-10-03", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC NOTE           10/03/23

80M: ESRD, Riverbend HD (Mon/Wed/Fri, L arm fistula); DM2 on basal-bolus insulin; BPH w/
indwelling Foley, HFrEF.
Punch bx (9/18, R calf) showed small subcutaneous arterioles with calcified media, plus
thrombosis and fat necrosis -> calciphylaxis.

S: calf pain 6/10, sleeping a little better w/ gabapentin 100 qhs. Using catheter valve.
O: BP 136/64. Post-HD wt 77.4 kg, BMI 25.9. Both calves: upper-third eschars unchanged,
rims less violaceous.
Labs: Hgb 10.1; Ca 9.0; P 6.2; PTH 540; alb 3.4.

Impression and plan:
1. Calves (R and L): calciphylaxis, proven on biopsy, in the distribution of the urinary leg-bag
   straps he had worn since spring 2023; onset Labor Day 2023.
   - STS 25g IV each dialysis (since 9/25).
   - Sevelamer 1600 tid, stop calcium acetate, cinacalcet 30 daily.
   - No more straps on the legs; urology agrees.
2. DM: glargine 20 u, A1c 7.1.
3. Volume: EDW 77 kg.
"""),
]}

C05 = {"patient_id": "C05", "age": 52, "sex": "M", "notes": [
("2018-09-25", "Men's Health Clinic Consult", """
MEN'S HEALTH CLINIC - ANDROLOGY               25-Sep-2018

52 yo M referred by PCP for L scrotal ache. Dull dragging pain in the L hemiscrotum for about
a year, worse standing and by the end of his shift (warehouse supervisor). Since August he
wears a snug compression jockstrap-style athletic supporter every day, which helps the ache.
He complains the elastic leg bands "dig in" and leave deep red grooves in both inguinal folds,
L worse than R, by evening.

PMH: mechanical MVR 2011 -- warfarin, Dr Oyelowo (cardiology) runs his INR
at 2.5-3.5 (mechanical goal); T2DM (metformin 1000 bid, semaglutide weekly), HTN, OSA on
CPAP, obesity. Renal fxn normal (Cr 0.9, eGFR 88).

Exam: Wt 132 kg, Ht 179 cm, BMI 41.2. Standing: L varicocele grade II, palpable without
Valsalva, collapses supine. Testes 18 mL bilaterally, nontender. No hernia. Both inguinal
folds: linear red indentations along the band lines, skin intact.
Scrotal US (9/20): L varicocele, veins up to 3.6 mm with reflux; testes symmetric.

A/P: Symptomatic L varicocele.
- Keep the support but go up a size (XL), or a brief w/ a built-in pouch.
- Acetaminophen prn; no NSAIDs on warfarin.
- Talked through microsurgical varicocelectomy vs embolization; warfarin would need bridging.
  He will think it over.
"""),
("2019-02-12", "Primary Care Acute Visit", """
PRIMARY CARE - ACUTE VISIT          02/12/2019
Dr. Hallvard Esposito-Reyes, Linden Family Medicine

CC: painful lump L groin

HPI: 52M w/ mechanical MVR on warfarin, T2DM, obesity. Since MLK Day: sore, firm
area in his L groin crease, much worse this past week. Calls it "a bruise that burns". No
fever or chills. No injury he can recall. INR last wk 3.4.
ROS otherwise neg.

Vitals: T 37.0, BP 136/84, HR 88, SpO2 96% RA. Wt 130.5 kg, BMI 40.6.
Skin: L inguinal crease: 7 x 3 cm indurated, violaceous, tender plaque running along the
crease with a lacy purple rim and a small dusky gray center. No fluctuance, no drainage.
Nodes not palpable (habitus). Scrotum normal.

A/P:
1. L inguinal crease plaque - cellulitis vs early abscess vs hematoma on warfarin vs a
   necrotizing process. Pain out of proportion -> urgent derm, called and got 2/20.
   Meanwhile cephalexin 500 mg four times daily for 7 days. Borders marked w/ skin pen.
2. Anticoagulation: INR 3.4, within range for his valve.
3. DM: A1c 7.9, keep current regimen.
"""),
("2019-03-05", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC                    3/5/2019
Ms. Priya Castellane-Woo, MD

52M seen 2/20 for a painful L inguinal plaque (onset around Jan 21 per pt). Incisional
biopsy taken that day.
Path (2/20/19, L inguinal crease): widespread mural calcification affecting small and
medium-caliber vessels of the subcutis, fibrin clots in lumens, necrotic lobular fat; no
vasculitis, organisms neg.
DX: non-uremic calciphylaxis.

Reviewed: normal kidney function, warfarin since 2011, obesity, DM2 -- all recognized risk
factors for the non-uremic form.

Exam: L inguinal crease ulcer 6 x 2.5 cm with a black eschar base and violaceous margin,
tender. Bx site closed. R groin clear.

Plan:
- Warfarin is non-negotiable with his mechanical valve; cardiology asked to keep INR at the
  lower end of goal. Vitamin K2 supplement discussed.
- STS 25g intravenously on Mon/Wed/Fri afternoons, Linden infusion suite.
- Wound: hydrogel + silicone foam, keep the fold dry, moisture-wicking textile in the crease.
- Weight management referral. Pain: acetaminophen, gabapentin 100 tid.
- RTC 3 wks, sooner for fever or spreading.
"""),
]}

C06 = {"patient_id": "C06", "age": 66, "sex": "F", "notes": [
("2021-06-22", "Female Urology Urodynamics Note", """
FEMALE PELVIC MEDICINE & RECONSTRUCTIVE UROLOGY
Urodynamic study + follow-up          06/22/2021

66 y/o F, IC/BPS x 6 yrs, recurrent cystitis, ESRD (HD at Westmere T/Th/Sat, right arm fistula)
with residual output ~600 mL/day. Voids q1h, nocturia x3, suprapubic pain 6/10 with
filling, eased by voiding. Every night since Memorial Day she falls asleep under a plug-in heating pad laid
across the lower belly, right over the bladder, "medium" setting -- "the only thing that helps".
160 cm, 84.5 kg (BMI calculated 33.0).

UDS: filling CMG w/ 7 Fr dual-lumen urethral catheter and rectal balloon, 30 mL/min.
First sensation 42 mL, first desire 70, strong desire 105, MCC 148 mL (pain-limited).
No DO. Compliance normal. No SUI with cough or Valsalva at 140 mL.
Pressure-flow: Pdet@Qmax 18 cmH2O, Qmax 14 mL/s, PVR 20 mL. EMG quiet during voiding.
Impression: hypersensitive, small-capacity bladder, no obstruction; fits IC/BPS.

Plan: weekly intravesical instillations (DMSO/lidocaine/heparin/bicarb) x6 from 7/6;
amitriptyline 10 mg qhs (ok per neph); cysto w/ hydrodistension if refractory.
Heating pad okay for now -- low setting, towel between pad and skin, not while asleep.
"""),
("2021-07-19", "Hemodialysis Progress Note", """
HEMODIALYSIS PROGRESS NOTE - Westmere Dialysis          7/19/21

S: complains of a very sore, hard patch low on her belly for about 10 days. "It's right where my
heating pad sits." Quit the pad 3 days ago because the skin hurts to touch. Had her 2nd
bladder instillation last week, tolerating.

O: pre BP 158/79, HR 82, T 36.9. Post wt 84.1 kg.
Suprapubic / lower abdominal midline: 9x6 cm firm, tender violaceous plaque, livedoid
netting at its margins, and 2 small dusky gray-black spots centrally. No warmth, no fluctuance.
Rest of abdomen and the thighs clear.
Labs 7/14 -- hemoglobin 10.4, Ca 9.8 (mg/dL), PO4 7.1, iPTH 980, albumin 3.3.

Assessment/plan:
1. Tender, indurated lower-abdominal plaque w/ early necrosis where the heating pad sits,
   in a dialysis pt w/ uncontrolled phos/PTH: high concern for calciphylaxis vs thermal
   injury vs panniculitis. Urgent derm referral, bx requested.
2. CKD-MBD: stop calcitriol, start cinacalcet 30, sevelamer up to 2400 tid, 2.0 Ca bath.
3. No heat or cold to that area.
"""),
("2021-08-03", "Dermatology Results Visit", """
DERMATOLOGY - RESULTS AND FOLLOW-UP              08/03/2021

Bx 7/22 (lower abdominal plaque, incisional wedge into fat): calcium-laden walls in
subcutaneous microvessels, fibrointimal hyperplasia, thrombosis, fat necrosis = calciphylaxis.
Also mild basal vacuolar change and pigment incontinence, in keeping with chronic heat.

Exam: suprapubic plaque 10x6 cm, central eschar 3x2 cm, livedo around it. Bx site
sutured, intact. BMI 32.8 (wt 83.9 kg).

Impression: Calciphylaxis of the suprapubic abdomen, developing under the area she warmed
nightly with an electric pad from late May onward; heat is the probable local trigger.

Plan:
- No heating pad at all, and nothing warm or cold on the plaque.
- STS 25g IV thrice weekly with dialysis (neph started 7/26).
- Analgesia: gabapentin 100 mg on HD days after the session; palliative care managing low-dose
  hydromorphone.
- Wound RN weekly: Medihoney to eschar edge, bordered foam.
- Urology aware; instillations may continue.
"""),
]}

C07 = {"patient_id": "C07", "age": 74, "sex": "M", "notes": [
("2024-12-30", "Family Medicine Post-Fall Visit", """
FAMILY MEDICINE - POST-FALL VISIT             12/30/24
Dr. Sunniva Abara, Oakhurst Family Practice

74 yo M, ESRD, manual PD (CAPD, 4 bags/day), atrial fib anticoagulated w/ warfarin, BPH sx,
diet-controlled DM2.
HPI: On Christmas Eve about 3 am he got up for the third time to pee, lost his footing in
the unlit bedroom and went down against the corner of the dresser, striking the L side of
his hip. No LOC, no head strike. Walked afterward. Big bruise since. INR 12/20: 2.6.
Nocturia 3-4x/night for about a year, weak stream, straining.

Exam: BP 128/70, HR 74 irregular, Wt 85.4 kg, BMI 28.3.
Left lateral hip, trochanteric area: ecchymosis 10x8 cm, yellow-green at edges,
mildly tender, no fluctuant collection, skin unbroken. Full hip ROM, steady gait, TUG 11 sec.
PD exit site without erythema or crust.
XR L hip/pelvis 12/26 (urgent care): no fracture.

A/P:
1. Fall w/ L hip contusion while anticoagulated - no fx. Acetaminophen, night-light,
   bedside urinal.
2. Nocturia / LUTS, probable BPH -> urology referral. Fewer fluids 2 h before bed, balance
   w/ PD team.
3. Fall risk: home safety check, PT evaluation ordered.
"""),
("2025-01-21", "Urology LUTS Clinic Note", """
UROLOGY - LUTS/BPH NEW VISIT              1/21/2025
Referred by Dr. Sunniva Abara (FM) for nocturia after a fall.

74M, ESRD on PD, AF on warfarin, DM2 (diet). IPSS 22, QoL 5, nocturia 4/night.
Frequency-volume chart: 24-h voided vol 1.1 L (residual function), nocturnal fraction 44%.
Uroflow: Qmax 8.2 mL/s, voided 162 mL, PVR by scan 110 mL. PSA 2.1. UA neg.
DRE: ~45 g, smooth, no nodules.

Other: he also mentions a "really sore dark spot" at his L outer hip that came up in early
January; he showed his PD nurse. Looked briefly: 4 cm violaceous indurated patch w/ a central
blackish area, L lateral hip, very tender. Not our area -- advised derm asap, msg sent to neph.

A/P: BPH with LUTS plus nocturnal polyuria.
- Tamsulosin 0.4 mg qhs; orthostasis counselled given the recent fall.
- Timed evening fluids with the PD team.
- Cysto + TRUS volume if poor response; later candidate for Rezum or HoLEP.
- Skin lesion -> dermatology.
RTC 8 wks w/ repeat IPSS and flow.
"""),
("2025-02-04", "Dermatology New Patient Note", """
DERMATOLOGY NEW PATIENT              02/04/2025
Referring: Dr. Ines Okafor-Brandt (nephrology)

74 M, peritoneal dialysis, painful L hip lesion that appeared in the first days of January.
Bx (1/24/25, two 4 mm punches, L lateral hip): calcified small vessels in septa and
lobules, thrombi; von Kossa +. Diagnosis: calciphylaxis.

Meds: warfarin 5 mg (AF), tamsulosin 0.4, Renvela 1600 w/ meals, cinacalcet 30 mg, calcitriol
(held since 1/24), PD solutions.

Exam: L lateral hip: 6x5 cm plaque, black eschar 2.5 cm, livedo peripherally;
bx sites healing. Remaining skin exam clear. BMI: 27.9.

A/P: L lateral hip calciphylaxis (biopsy 1/24); peritoneal dialysis; warfarin exposure.
- Recommend changing warfarin to apixaban; cardiology and neph in agreement.
- Sodium thiosulfate per nephrology (IV, three times a week).
- Wound: Ca alginate under bordered foam, changed q48h; nothing compressive over the hip.
- Pain: acetaminophen scheduled, gabapentin 100 qhs.
- Pressure relief when in bed: alternate sides, pillow between knees.
RTC 3 wks.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
