# Notes for U01-U08. Each entry: (patient_id, note_id, note_date, note_type, text)
# All text written for this corpus.

NOTES = []


def add(pid, nid, date, ntype, text):
    NOTES.append((pid, nid, date, ntype, text.strip("\n")))


# ---------------------------------------------------------------- U01
add("U01", "U01-01", "2021-04-28", "Nephrology Progress Note - Hemodialysis Unit", """
HEMODIALYSIS ROUNDING NOTE -- Prairie View Dialysis, Unit B

Pt: 63F. ESRD (DM nephropathy). Dialyzes MWF, L brachiocephalic fistula, since 2016.

S: c/o painful "bruise" low on her belly x 1 wk. Denies fever or chills. Says it hurts worse than her fistula cannulation ever did. No cramping on the machine today.
PMH: T2DM (insulin since 2011 - glargine 30u qhs + lispro sliding scale), HTN, obesity, OSA on CPAP, secondary HPTH.

O: BP 158/82 pre-tx. EDW 96.0 kg. Lower abdomen just below the umbilicus: ~4 cm violaceous tender patch, firm, not warm, mottled edges. Fistula +thrill/+bruit.
4/26 labs -- phos 7.4, Ca 9.8, iPTH 912, Alb 3.1.

A/P:
1. Painful violaceous patch lower abd -- worrisome. ddx hematoma vs panniculitis vs early calciphylaxis. Ca x P ~72. Asked derm to see her this wk; to ED if worse.
2. HPTH -- increase cinacalcet to 60 mg; d/c calcium acetate; begin sevelamer 1600 TID w/ meals.
3. Access functioning, no issues.
-- R. Lindqvist MD
""")

add("U01", "U01-02", "2021-05-05", "Dermatology Consult - Inpatient", """
DERMATOLOGY CONSULT NOTE
Requesting service: Hospital Medicine    Reason for consult: painful abdominal lesion in hemodialysis pt

HPI: 63 yo woman -- hemodialysis-dependent ESRD, type 2 DM on basal-bolus insulin -- admitted 5/3 for uncontrolled pain. She first noticed a tender purple area on her lower abdomen about 2 weeks ago. It has since darkened in the middle and she now calls it "a black scab". She has been giving herself insulin into the belly for ten years, always in the same band below the navel "because I can see it there". The lesion sits right at her insulin injection sites. Denies falls. Has not applied anything hot or cold there. Not on warfarin or other anticoagulants.

Exam: Obese abdomen with a large pannus. Infraumbilical lower abdomen: stellate retiform purpura, roughly 5 by 4 cm, black eschar in the middle (1.5 cm), exquisite tenderness to light touch, rim of livedoid mottling. Multiple healed needle puncture marks and lipohypertrophy in the same band. Thighs, buttocks, breasts, arms: no purpura or livedo.

Assessment: Retiform purpura with eschar in a woman with ESRD, uncontrolled secondary hyperparathyroidism, obesity and years of insulin injections into one spot -- strongly suspicious for calciphylaxis, localized to a site of repeated needle trauma (Koebner-like). Ddx: insulin-related panniculitis / fat necrosis, vasculitis (less likely, no palpable purpura elsewhere), warfarin necrosis (not on warfarin).

Plan:
- Punch bx (4 mm) obtained today from the lesion edge; routine histology plus von Kossa
- Recommend she stop using the belly for insulin and switch to upper arms or thighs
- Wound care: white petrolatum + nonadherent dressing daily; avoid adhesive tape on skin
- Pain: recommend palliative/pain service input
Discussed with Dr. Okafor (attending), who agrees.
""")

add("U01", "U01-03", "2021-05-07", "Surgical Pathology Report", """
SURGICAL PATHOLOGY REPORT -- Prairie View Regional

SPECIMEN SUBMITTED: Lower abdominal (infraumbilical) skin, 4 mm punch
CLINICAL HISTORY: Hemodialysis patient. Tender retiform purpura, eschar, at an insulin injection site. R/O calciphylaxis.

GROSS: Received in formalin labeled with the patient's name and "lower abd", a 0.4 x 0.4 x 0.6 cm tan-white cylinder of skin. Bisected and entirely submitted in cassette A1.

MICROSCOPIC: The epidermis shows focal ischemic necrosis. Superficial dermal vessels contain fibrin thrombi. The subcutis shows lobular fat necrosis, and several small arterioles have ring-like calcium deposits in the media along with intimal fibroplasia; a von Kossa stain confirms the calcium. No leukocytoclastic vasculitis. No organisms seen with PAS or Gram.

DIAGNOSIS:
Skin, lower abdomen, punch biopsy:
- Mural calcification of subcutaneous small vessels, thrombosis, and fat necrosis; given the clinical setting the picture supports calciphylaxis (calcific uremic arteriolopathy).
""")

add("U01", "U01-04", "2021-05-14", "Discharge Summary", """
DISCHARGE SUMMARY -- Prairie View Regional Medical Center
Admit: 05/03/2021    Discharge: 05/14/2021

Principal diagnosis: Calciphylaxis, lower abdomen (biopsy-proven)
Other problems: ESRD on HD; type 2 diabetes, insulin-requiring; secondary hyperparathyroidism; obesity (BMI 38.6); OSA

Hospital course:
63F with ESRD on HD MWF who presented with a painful violaceous plaque of the lower abdomen that developed at the spot where she usually injects insulin about two weeks before admission. Derm consulted; punch biopsy on 5/5 was c/w calciphylaxis. IV sodium thiosulfate (25 g) given during every HD session beginning 5/7; mild nausea only. Cinacalcet increased, binder changed to sevelamer, bath Ca reduced to 2.0 mEq/L. Pain controlled on PO hydromorphone plus gabapentin 100 mg after HD. At discharge the eschar is dry and stable, no surrounding cellulitis.

Discharge instructions: insulin to go in the upper arms or thighs only - NOT the belly. No heating pads or cold packs on the wound. Home health for wound care 3x/wk.
Follow-up: Dermatology 2 weeks, wound clinic, nephrology at HD unit.
""")

# ---------------------------------------------------------------- U02
add("U02", "U02-01", "2020-03-09", "Dialysis Unit Nursing Note", """
Rivergate Dialysis -- RN Treatment Note
Schedule: TTS, chair 7. Access: R IJ tunneled catheter, dressing changed, site clean/dry, no redness.

Pt reports a painful dark spot on his L calf (posterior) "since mid-February". Says it began as a sore red patch and now has a black middle. He tells me he has been laying a hot water bottle against the L calf every night since January for leg cramps, straight on the skin under the blanket. Advised him to stop using it and that the doctor will look at it today. Skin L calf: approx 3 x 3 cm dark area w/ purple lacy skin around it, tender to touch. R leg skin intact.

Pre wt 71.4 kg. BP 132/70. UF goal 2.5 L. Tolerated tx w/o cramping.
Meds reviewed: warfarin 5 mg daily (AF) -- INR 2.6 on 3/2; sevelamer; cinacalcet.
Dr. Bellamy notified, saw pt chairside. Vascular referral per MD.
-- J. Abernathy, RN
""")

add("U02", "U02-02", "2020-03-12", "Vascular Surgery Consult", """
VASCULAR SURGERY CONSULT
Reason: LLE ulcer, r/o arterial insufficiency

HPI: 71M ESRD on HD (tunneled cath, two failed L arm fistulas), AF on warfarin, HTN, ex-smoker 40 pk-yr; nephrology asks us to evaluate a painful L posterior calf ulcer. Onset mid-Feb. Reports nightly hot water bottle to the L calf for cramps since Jan. No claudication, no rest pain in the feet. Not diabetic. BMI 24.1.

Exam: Fem 2+ b/l, pop 1+ b/l, DP/PT dopplerable b/l w/ biphasic signals.
L posterior calf: black eschar ~4x3 cm with a rim of violaceous retiform purpura and surrounding livedo. Toes pink, warm, cap refill < 3 s. No gangrene, no foot wounds.
ABI: noncompressible b/l (> 1.3). TBI L 0.62, R 0.66.
Plain film L tib/fib: heavy medial vessel calcification.

Impression: Ulcer of the L calf in a location atypical for arterial disease, with adequate toe pressures. Primary arterial ulcer unlikely. Suspect calciphylaxis vs thermal injury from the hot water bottle.
Rec: no revascularization indicated. Derm for biopsy. Will sign off; page with questions.
""")

add("U02", "U02-03", "2020-03-20", "Wound Care Nursing Flowsheet", """
WOUND CARE FLOWSHEET -- Rivergate Dialysis / Outpatient Wound Service

Wound #1
Location: L posterior calf
Type: [x] other (calciphylaxis per derm, bx 3/13)  [ ] arterial  [ ] venous  [ ] pressure  [ ] neuropathic/DFU
Onset: Feb 2020
Dimensions: 4.3 cm long, 3.2 cm wide, 0.2 cm deep
Wound bed: 80% black eschar / 20% yellow slough
Surrounding skin: purpuric [x]; indurated [x]; macerated [ ]; callused [ ]
Exudate: scant serous     Odor: none
Pain (0-10): 8 at rest, 10 with dressing change
Dressing: cleansed NS; no enzymatic agent per derm; xeroform + ABD + kerlix wrap (no tape to skin); change 3x/wk at HD
Education: [x] no heat to legs  [x] elevate legs  [x] report fever/drainage
RN: M. Tran, RN, CWON
""")

add("U02", "U02-04", "2020-03-26", "Dermatology Clinic Note - Outpatient", """
Dermatology -- follow-up visit

71 y/o man seen for biopsy results. Path (3/13, L posterior calf): subcutaneous arterioles with calcified media and luminal thrombi; von Kossa highlights the calcium; fat necrosis. = calciphylaxis.

He admits that the hot water bottle sat on exactly the spot where the ulcer now is; he used it nightly from January until the dialysis RN told him to stop. This is calciphylaxis arising at a site of repeated thermal injury. Warfarin is likely contributing.

Exam: L post calf eschar 4.3 x 3.2 cm, unchanged, with purpuric rim. No new lesions. R leg clear.

A/P: Calciphylaxis of the L calf, biopsy-confirmed.
- Spoke w/ cardiology re stopping warfarin; they will transition to apixaban
- Sodium thiosulfate with HD per nephrology (started 3/17)
- No heat, no cold packs to the legs, ever
- Wound care per CWON
RTC 4 wks.
""")

# ---------------------------------------------------------------- U03 (case report)
add("U03", "U03-01", "2019-11-01", "Case Report", """
Calciphylaxis confined to the footprint of a hinged knee brace in a man on peritoneal dialysis

Introduction
Calciphylaxis is an uncommon, frequently fatal disorder in which small cutaneous and subcutaneous vessels calcify and thrombose. It occurs mainly in people receiving dialysis. Lesions are known to favour skin that has been injured or compressed. We describe a man whose lesions traced the outline of an orthopaedic brace.

Case presentation
A 58-year-old man had been on continuous cycling peritoneal dialysis for four years for end-stage kidney disease due to IgA nephropathy. He had a mechanical mitral valve and took warfarin with a target INR of 2.5 to 3.5. His body mass index was 31.5 kg/m2. He did not have diabetes.

He slipped on an icy driveway and twisted his right knee. Imaging showed a grade II sprain of the medial collateral ligament, and he was fitted with a hinged knee brace held by two wide hook-and-loop straps, one around the distal thigh and one around the upper calf. He was asked to wear it day and night for six weeks. Because the brace kept sliding down, he pulled both straps very tight.

About a month after the brace was fitted he felt burning pain beneath the straps. When he took the brace off for a clinic visit, his dialysis nurse found two bands of violaceous, net-like discoloration encircling the right distal thigh and the right upper calf, each exactly as wide as a strap. Over the next ten days stellate black eschars formed along the front and inner aspects of both bands. The knee itself, the site of the original injury, was bruised but never ulcerated. The left leg and the abdomen, including the catheter exit site, were spared.
""")

add("U03", "U03-02", "2019-11-01", "Case Report", """
Investigations and treatment
Laboratory values were calcium 9.6 and phosphate 6.9 (both mg/dL) with intact PTH 640 pg/mL. Tissue taken by deep incision at the edge of the thigh band showed calcium laid down within the arteriolar media in the subcutis, intraluminal thrombi and surrounding fat necrosis, diagnostic of calciphylaxis. The brace was abandoned and the knee was supported with a loose tubular sleeve. Warfarin could not be withdrawn because of the mechanical valve, so the INR target was lowered after discussion with cardiology. Calcium-based binders were stopped, cinacalcet was started, and sodium thiosulfate was given intravenously three times a week at the day unit while he continued peritoneal dialysis.

Outcome
The thigh band healed over five months. The calf band needed two sharp debridements and had closed by seven months. No new lesions developed.

Discussion
In this patient the lesions were strictly limited to the skin under the straps, while the rest of the leg and the trunk were untouched. Sustained pressure lowers dermal perfusion, and in a patient already primed by hyperphosphataemia, hyperparathyroidism and a vitamin K antagonist, that seems to have been enough to start the cascade -- a pattern reminiscent of the Koebner phenomenon. Anyone fitting a brace, cast or tight garment on a dialysis patient should look under it often.
""")

# ---------------------------------------------------------------- U04
add("U04", "U04-01", "2019-08-02", "Operative Report", """
OPERATIVE REPORT -- Cascade General Hospital
Date of procedure: 08/02/2019

Preoperative diagnosis: ESRD; recurrent PD peritonitis; transition to hemodialysis
Postoperative diagnosis: same
Procedure: Removal of Tenckhoff peritoneal dialysis catheter, right lower quadrant
Anesthesia: MAC with local (1% lidocaine)

Indications: 49F with ESRD due to type 1 diabetes, on PD for years, three episodes of peritonitis in the past 12 months, the latest Pseudomonas. Now starting HD via R IJ tunneled catheter placed by IR 7/29.

Description: Patient supine, abdomen prepped and draped. The old right paramedian incision was reopened. Catheter dissected free, deep cuff released from the rectus sheath, and the peritoneal opening closed with a 2-0 Vicryl purse string. The superficial cuff was freed through the exit site in the right lower abdomen, the exit site tract was excised and closed primarily with interrupted 4-0 nylon. Fascia closed with 0 PDS, skin with 4-0 Monocryl subcuticular. Steri-strips. EBL minimal. No complications.

Disposition: PACU then home. Sutures out in 10-14 days at nephrology clinic.
""")

add("U04", "U04-02", "2019-09-10", "Nephrology Clinic Note", """
Nephrology f/u -- Cascade Kidney Associates

49F T1DM, ESRD, now in-center HD TTS via R IJ TDC (PD cath removed 8/2 after recurrent peritonitis).
c/o new painful black spot at the old PD cath exit site RLQ x 1 wk. Paramedian incision healed. No drainage, no fever.
Insulin: glargine 18 u + aspart with meals, injects upper arms only. A1c 7.9.
Exam: RLQ: 2 cm dusky violaceous plaque w/ central black crust AT the prior exit site scar, very tender, faint livedo around it ~6 cm. Rest of abd soft. BMI 27.0.
Labs: Ca 10.1, Phos 6.2, PTH 520.
A/P: Painful necrotic plaque at a recent surgical site in ESRD pt. Need to r/o calciphylaxis vs wound infection vs suture granuloma. Urgent referral to derm. Calcium carbonate off; sevelamer on. Keep area clean and dry, no tape directly on it.
""")

add("U04", "U04-03", "2019-09-16", "Dermatology Consult - Outpatient", """
DERM NEW CONSULT
CC: painful lesion R lower abdomen

HPI: 49F ESRD (now HD, previously PD), T1DM. Pt first noticed the lesion 9/3 at the spot where her PD catheter used to exit the skin; the catheter was pulled 8/2. Pain 9/10, worse at night, burning. Insulin goes in her arms, never the abdomen. Nothing hot or cold was applied there.

PE: R lower abdomen: 2.5 x 2 cm stellate eschar w/ rim of retiform purpura, sitting within the exit site scar; livedo racemosa around it about 7 cm across. R paramedian incision well healed. Remainder of trunk, thighs and legs without lesions.

Ddx: calciphylaxis (favored -- Koebnerization to a recent procedure site), necrotic wound infection, pyoderma gangrenosum with pathergy.

Plan:
- Incisional biopsy at lesion edge today -> path w/ von Kossa; tissue culture
- Recs to nephrology: sodium thiosulfate with HD, low-calcium bath, avoid calcium binders
- Petrolatum and nonadherent dressing
""")

add("U04", "U04-04", "2019-09-19", "Surgical Pathology Report", """
CASCADE GENERAL HOSPITAL -- DEPARTMENT OF PATHOLOGY

DIAGNOSIS (FINAL):
RIGHT LOWER ABDOMINAL SKIN AT PRIOR CATHETER EXIT SITE -- INCISIONAL BIOPSY:
- EPIDERMAL AND DERMAL NECROSIS WITH VASCULAR THROMBI.
- MURAL CALCIFICATION OF SMALL SUBCUTANEOUS VESSELS AND EXTRAVASCULAR CALCIUM DEPOSITS (VON KOSSA POSITIVE).
- FINDINGS ARE DIAGNOSTIC OF CALCIPHYLAXIS.
- GRAM AND PAS STAINS NEGATIVE FOR ORGANISMS.

CLINICAL INFORMATION: 49 year old female, ESRD, painful eschar at site of PD catheter removed 8/2/2019.
GROSS: One ellipse of skin and subcutis, 1.8 x 0.6 cm, depth 0.9 cm, inked and serially sectioned, entirely submitted (A1-A3).
""")

# ---------------------------------------------------------------- U05
add("U05", "U05-01", "2022-10-12", "Telephone Encounter", """
TELEPHONE ENCOUNTER
Caller: wife (Linda), listed on HIPAA release
Reason for call: leg wound

Wife states pt caught his L shin against the edge of the car door on 10/3 while getting out at the grocery store -- had a goose egg and a scrape. She put an ice pack on it that night and several times over the next few days. Since yesterday there is a dark purple/black sore in the middle of the bruise about the size of a quarter and he is in alot of pain, cant sleep. No fever. No pus. Pt is a dialysis pt (TTS, Greenfield Dialysis).

Per protocol advised same-day evaluation at urgent care or ED; wife prefers urgent care first thing tomorrow. Advised no more ice on it. Routed to PCP.
-- K. Dunleavy RN
""")

add("U05", "U05-02", "2022-10-13", "Urgent Care Note", """
URGENT CARE VISIT -- Greenfield Walk-In
CC: L leg sore x2d

HPI: 66 yo M w/ ESRD on HD, T2DM (on linagliptin, no insulin), HTN, CAD s/p CABG. Struck L anterior shin on a car door 10/3 and iced it several days. Developed a painful dark lesion inside the bruise 2 days ago. Denies fever/chills, no drainage.
ROS otherwise neg.

PE: T 98.4  HR 84  BP 144/78
L anterior shin: violaceous plaque approx 3x2.5cm, angulated (retiform) borders, 1 cm dusky-black necrotic center, surrounded by resolving yellow-green ecchymosis. Exquisitely tender, minimal warmth. No fluctuance, no streaking.
R leg: no lesions.
BMI 29.4

A/P: Necrotic lesion at site of recent blunt trauma in ESRD pt.
ddx: traumatic hematoma w/ overlying skin necrosis vs cellulitis vs calciphylaxis (hx ESRD, high phos per pt)
- cephalexin 500 mg q12h (renal dose) x 7 d to cover possible early cellulitis
- urgent derm referral placed; to ED for fever or spreading redness
- no ice or heat on the leg
""")

add("U05", "U05-03", "2022-10-20", "Dermatology Clinic Note - Outpatient", """
DERMATOLOGY CLINIC NOTE

HPI: Referred from urgent care, wife present. Pt banged his L shin on a car door 10/3/22, iced it repeatedly over the next ~4 days, and on 10/11 noticed a dark painful center inside the bruise. Finished cephalexin without change. Pain 8/10, burning, worse at night.
PMH: ESRD on HD x 6 yrs (TTS), T2DM (no insulin), HTN, CAD, hyperphosphatemia (last P 7.8 per HD records). Not on warfarin.

EXAM: L pretibial: retiform purpuric plaque measuring 3.5 by 3 cm, black eschar centrally about 1.5 cm; livedo racemosa extending 4 cm proximally. Full skin exam otherwise negative; R shin intact.

ASSESSMENT: Picture most consistent with calciphylaxis arising at the site of blunt trauma and repeated cold exposure (Koebner phenomenon). Simple traumatic necrosis would not be expected to appear 8 days out and keep progressing.

PLAN:
1. 4 mm punch bx from lesion edge, L shin, after verbal + written consent. Von Kossa requested.
2. Will contact nephrology re: sodium thiosulfate.
3. Protect the leg; no ice/heat.
4. RTC 1-2 wks for results.
""")

add("U05", "U05-04", "2022-11-02", "Nephrology Progress Note", """
NEPHROLOGY -- monthly HD rounds, Greenfield Dialysis

66M, ESRD 2/2 HTN/DM on HD TTS.
Interval: skin bx L shin (10/20): vascular calcification w/ thrombosis -- c/w calciphylaxis.
On sodium thiosulfate since 10/27 (25 g IV after each run, 3x/wk). Pt says pain a bit better, 6/10.

Copied from derm note 10/20: "Picture most consistent with calciphylaxis arising at the site of blunt trauma and repeated cold exposure (Koebner phenomenon)."

Exam: L shin eschar 3.5 x 3 cm, dry, no erythema. No new skin lesions.
Labs: Ca 9.2, P 6.1, PTH 780, alb 3.4.

Plan:
- Calciphylaxis L shin: continue STS; calcium acetate -> lanthanum; dialysate Ca down to 2.25; start cinacalcet 30 mg
- wound care referral
- DM: continue linagliptin
""")

# ---------------------------------------------------------------- U06
add("U06", "U06-01", "2023-01-12", "Discharge Summary - Orthopaedic Surgery", """
ORTHOPAEDIC SURGERY DISCHARGE SUMMARY -- Bayside Joint Institute
Admit: 01/09/2023     Discharge: 01/12/2023
Procedure: Right total knee arthroplasty, 01/09/2023

Diagnoses: R knee primary osteoarthritis; obesity class III, BMI 46.3; history of L leg DVT and PE (2019) on chronic warfarin; primary hyperparathyroidism (Ca 11.1, declined parathyroidectomy 2021); HTN. Renal function normal (Cr 0.7). No diabetes.

Course: Uncomplicated R TKA. Warfarin held 5 days pre-op. Enoxaparin 40 mg SC q12h started 01/09/2023 (POD0); warfarin resumed 1/10, bridging until INR >= 2.0 for 24 h. PT cleared her for home with a walker. Incision clean/dry/intact under mesh dressing.

Discharge meds: enoxaparin 40 mg SC q12h (pt taught to self-inject into the abdomen), warfarin 5 mg daily, oxycodone 5 mg every 4 h as needed, acetaminophen 1 g three times daily, lisinopril 20 mg.
Follow-up: ortho 2 wk; anticoagulation clinic INR check 1/16.
""")

add("U06", "U06-02", "2023-02-20", "Emergency Department Note", """
ED PROVIDER NOTE
CC: "the skin on my stomach is turning black"

HPI: 52 yo F, BMI 46, s/p R TKA 1/9 with enoxaparin bridge to warfarin afterwards; INR was slow to come up so the anticoag clinic kept her on enox until about 2/3. She gave the enox into both sides of her lower belly, and held a frozen gel pack on each spot for several minutes before every shot because they stung. Since early February she has noticed painful purple blotches at those same spots, several now with black centers. Pain 10/10. No fever. Knee doing well.
Meds: oxycodone prn, lisinopril, warfarin 7.5 mg/day (INR today 2.8).
PMH: obesity, hx DVT/PE, primary hyperparathyroidism, HTN. No kidney disease, no diabetes.

Exam: Lower abdomen bilaterally: 6-7 stellate purpuric plaques 2-6 cm, most with central necrosis, in the lower abdominal pannus on both the R and L sides. Very tender. Surrounding livedo. R knee incision well healed, no erythema.
Labs: Cr 0.8, Ca 11.4, PO4 3.1, plt 242 (baseline 260).

MDM: ddx warfarin-induced skin necrosis, heparin-induced skin necrosis / HIT, non-uremic calciphylaxis (obesity, warfarin, hyperPTH), nec fasc doubtful (afebrile, no systemic signs). HIT antibody sent. Admit to medicine, derm consult in AM.
""")

add("U06", "U06-03", "2023-02-22", "Dermatology Consult - Inpatient", """
Derm consult -- inpt
52F w/o kidney dz, BMI 46, primary HPT, on warfarin (INR therapeutic), enoxaparin bridge 1/9 to ~2/3, presenting w/ painful necrotic plaques of the b/l lower abdomen at her enoxaparin injection sites, onset early Feb.

Exam: as per ED; in addition two smaller purpuric nodules on the R and L lower abd without necrosis yet. Breasts, thighs, buttocks clear. R TKA scar intact.

Imp: Retiform purpura w/ necrosis limited to injection sites that were also chilled with a gel pack before every dose. Ddx:
1. non-uremic calciphylaxis -- favored (obesity, female, warfarin, hyperparathyroidism, local trauma)
2. warfarin necrosis -- timing atypical; warfarin resumed weeks ago, would expect day 3-5
3. heparin-induced skin necrosis -- HIT ab pending

Plan: 2 punch bx (R and L lower abd) for H&E + von Kossa; 1 for DIF. Enoxaparin already off. Suggest hematology weigh in on an alternative to warfarin.
""")

add("U06", "U06-04", "2023-02-24", "Surgical Pathology Report", """
Surgical Pathology Report -- Bayside Medical Center

A. Skin, right lower abdomen, punch: Subcutaneous fat necrosis with calcification of small-vessel walls and luminal fibrin thrombi, highlighted by von Kossa stain. No vasculitis.
B. Skin, left lower abdomen, punch: Similar findings to A.
C. Skin, left lower abdomen, punch for DIF: Negative.

DIAGNOSIS (A, B): Calciphylaxis.
Note: The patient reportedly has normal renal function; the findings are consistent with non-uremic calciphylaxis in this clinical setting.
""")

add("U06", "U06-05", "2023-03-03", "Discharge Summary - Hospital Medicine", """
Discharge Summary -- Hospital Medicine
Admit 2/20/23    D/C 3/3/23

Diagnosis: calciphylaxis, non-uremic type, bilateral lower abdomen, biopsy-proven, at her former enoxaparin injection sites (each site had been iced before the dose).

Course: HIT antibody negative. Warfarin discontinued 2/23 and replaced by apixaban 5 mg BID per hematology. IV sodium thiosulfate 25 g three times weekly started 2/25 via R arm PICC; plan 12 weeks at the outpatient infusion center. Endocrine surgery consulted for the hyperparathyroidism -- pt now agreeable to parathyroidectomy, referral placed. Pain: PO hydromorphone, gabapentin.
Weight 131 kg, BMI 45.8.
Wounds: daily nonstick dressing with abdominal binder kept loose; wound clinic in 1 wk.
""")

# ---------------------------------------------------------------- U07
add("U07", "U07-01", "2021-10-14", "Dialysis Unit Immunization Record", """
NORTHFIELD DIALYSIS CENTER -- IMMUNIZATION ADMINISTRATION RECORD
Date: 10/14/2021
Patient: 74 M     Modality: in-center HD MWF     Access: L forearm AVF (no BP, no sticks L arm)

Vaccine 1: Influenza, high-dose quadrivalent, 0.7 mL IM -- Site: R deltoid
Vaccine 2: Pneumococcal conjugate (PCV20), 0.5 mL IM -- Site: R upper arm, approx 2 in. below vaccine 1
VIS given: [x]     Consent on file: [x]     Observed 15 min post: [x] no reaction
Administered by: T. Oyelaran, RN
Comments: tolerated well. Hep B surface Ab titer due next month.
""")

add("U07", "U07-02", "2021-11-03", "Dialysis Progress Note", """
HD progress note -- Northfield Dialysis Center

74M ESRD (hypertensive nephrosclerosis + T2DM on glipizide), MWF HD via L forearm AVF.
S: c/o sore, hard, purple spot on the R upper arm where he got his flu + pneumonia shots on 10/14. First noticed around 10/26, getting bigger and darker. Pain 7/10 -- "worse than the shots ever were".
O: R lateral upper arm: indurated, violaceous plaque approx 4 x 3 cm, small dusky center, tender. No warmth or fluctuance. L AVF good thrill.
Labs: P 6.8, Ca 9.4, iPTH 1,140 (up from 860), alb 3.6.
A: Painful indurated plaque at recent vaccination site. Local reaction or abscess unlikely this late. Worried about calciphylaxis given phos and PTH.
P: expedite derm referral; no more injections in the R arm; increase cinacalcet to 60.
""")

add("U07", "U07-03", "2021-11-09", "Dermatology Consult - Outpatient", """
DERMATOLOGY OUTPATIENT CONSULTATION

REFERRING PHYSICIAN: Dr. Amsel, Northfield Dialysis

HISTORY: This is a 74-year-old gentleman on maintenance
hemodialysis who received two intramuscular vaccines in the
right upper arm on 10/14/2021. Roughly twelve days later he
noted a painful firm area at the injection site which has
steadily enlarged and darkened. He denies fevers. He takes
glipizide for diabetes and does not use insulin. No warfarin.

EXAMINATION: Right lateral upper arm: there is an indurated
plaque, violaceous in color, 5 x 4 cm, with retiform margins
and a central 1 cm zone of black necrosis. Mild surrounding
livedo. The trunk and remaining extremities are clear. Body
mass index 26.8.

IMPRESSION: Retiform purpura with early necrosis at the site of
recent intramuscular vaccinations in a dialysis patient with
severe secondary hyperparathyroidism. Calciphylaxis is the
leading consideration. The differential includes an injection
site reaction with fat necrosis.

PLAN: Punch biopsy taken today from the lesion margin and sent
to pathology with a request for von Kossa staining in addition
to routine sections. We will call him with the results.

Dictated but not read.
""")

add("U07", "U07-04", "2021-11-19", "Nephrology Clinic Note", """
Nephrology -- HD follow up

Bx 11/9 R upper arm: medial calcification of small arterioles, thrombi, fat necrosis -> c/w calciphylaxis. Dx: calciphylaxis at the R upper arm vaccination site.

Plan:
- sodium thiosulfate 25 g IV during last hr of each HD
- cinacalcet to 90 mg; refer for parathyroidectomy eval
- d/c calcium carbonate; sevelamer 1600 TID
- no further IM injections in the R arm; future vaccines into the thigh (discussed w/ pt and RN)
- wound RN to see him Monday
""")

# ---------------------------------------------------------------- U08 (case report)
add("U08", "U08-01", "2018-06-15", "Case Report", """
Cold-pack calciphylaxis: symmetric thigh necrosis in a woman receiving haemodialysis for lupus nephritis

Case
A 45-year-old woman had end-stage renal disease caused by class IV lupus nephritis, a complication of long-standing systemic lupus erythematosus, and had been on haemodialysis through a left arm fistula for six years. Secondary antiphospholipid syndrome had been treated with warfarin since a pulmonary embolism. She did not have diabetes; BMI 22 kg/m2.

For painful dysaesthesias of her legs she began keeping two reusable gel packs in the freezer and laying them straight across the fronts of both thighs, frequently for longer than an hour in the evening, and she sometimes fell asleep with them in place. She did this on most nights for about two months.

She then developed painful, sharply bordered dusky patches across the front of each thigh. The patches were rectangular, each about the size and shape of one gel pack. Within a week their centres had turned black and hard.
""")

add("U08", "U08-02", "2018-06-15", "Case Report", """
Examination, investigations and course
On admission there were two symmetric rectangular plaques of retiform purpura, each about 14 by 9 cm, on the anterior thighs, with a central adherent eschar in each. The posterior thighs, calves, abdomen and arms were normal. Serum phosphate was 5.8 mg/dL, calcium 9.1 mg/dL, PTH 410 pg/mL. Antiphospholipid antibodies remained positive; complement levels were normal and there was no sign of active lupus. Because vasculitis, lupus panniculitis, cold injury and warfarin-associated necrosis were all possible, two deep wedge biopsies were taken. Both showed rings of calcium around the walls of small subcutaneous arterioles, with thrombosis and no vasculitis, and calciphylaxis was diagnosed.

She gave up the gel packs. Warfarin was continued, with some reluctance, because of her thrombotic history, and intravenous sodium thiosulfate was given after each dialysis session. Both plaques were surgically debrided and healed under split-thickness grafts over eight months.

Comment
The rectangular outline of the lesions and their restriction to skin that had been chilled night after night point to local cold injury as the trigger, an isomorphic (Koebner) response. People on dialysis, particularly those with added risks such as warfarin, should be warned against long applications of cold or heat to the skin.
""")
