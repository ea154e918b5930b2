"""Notes of Q01-Q07 (calciphylaxis with a Koebner link)."""

PATIENTS = [
    {
        "patient_id": "Q01", "age": 71, "sex": "F",
        "notes": [
            ("2021-03-01", "Dialysis Rounds", """
HD ROUNDS (Unit C, chair 14)
HD M/W/F, L BC fistula, EDW 88.5 kg
S: Pt back in unit after 3 wks at Maplecrest SNF (R hip fx s/p hemiarthroplasty 2/8). c/o painful "hard spots" low belly x ~10d, worse when pants rub. Denies fevers. Hip pain improving, walking w/ walker.
O: BP 148/70 HR 81 afeb. Wt 89.3
Skin: b/l lower abd w/ firm violaceous plaques, largest ~6 cm L side w/ dusky grey center; lacy livedo at the edges R>L. Very tender to light touch. R lateral hip incision well healed, staples out, no drainage.
SNF MAR reviewed: heparin 5000 u SC q8h started 2/9/21, given into the abdomen (rotating sides), stopped at SNF discharge.
Labs: Ca 9.9 / PO4 7.3 / iPTH 640 alb 3.1 (low)
A/P:
1. Tender indurated abd plaques in HD pt with high CaxP product and recent SC heparin into same area -> concern for CUA. Derm c/s today, ask for punch bx. Stop calcium acetate, start sevelamer 1600 TID w/ meals. Will discuss STS w/ attending pending bx.
2. DM2, diet only - HbA1c 6.4%.
3. Obesity, BMI 33.8.
4. s/p R hemiarthroplasty - ortho f/u next wk.
"""),
            ("2021-03-03", "Dermatology Consult", """
Dermatology Inpatient Consultation
Requesting: nephrology. Reason: painful plaques of lower abdomen in a hemodialysis patient.

History: 71 year old woman, in-center hemodialysis for ESRD, type 2 diabetes managed by diet, and a right femoral neck fracture repaired on 2/8/21. She says the lesions began about two weeks ago as "tight sore bumps" where the nursing home staff injected her blood thinner. They have become darker and more painful since. Pain 9/10, keeps her awake. No new medications apart from the heparin course. She has never used insulin and has never taken warfarin.

Exam: Across both sides of the lower abdomen there are indurated, stellate violaceous plaques; the left plaque measures 6.5 x 4 cm and has a grey-black center with early eschar. Retiform purpura extends laterally on the right. Both plaques sit in the band where the heparin was given, per the MAR body diagram. Thighs, buttocks and breasts are clear. Hip incision clean.

Assessment: Stellate retiform purpura, early necrosis, at recent subcutaneous heparin sites in an ESRD patient with elevated phosphate and PTH. Leading concern is calciphylaxis localized to injection sites. Heparin-induced skin necrosis is less likely (platelets stable at 212).

Procedure: 4 mm punch taken at the lateral edge of the left lower abdominal plaque after consent, one 4-0 nylon suture. Sent for H&E plus von Kossa staining.

Recommendations: wound care with petrolatum and non-adherent dressing; no more SC injections into the abdominal wall; pain team referral.
"""),
            ("2021-03-05", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
SPECIMEN SUBMITTED: LEFT LOWER ABDOMINAL SKIN, 4 MM PUNCH BIOPSY
CLINICAL INFORMATION: HD PATIENT. PAINFUL PLAQUES AT PRIOR HEPARIN INJECTION SITES. R/O CALCIPHYLAXIS.
GROSS: FORMALIN-FIXED, A TAN-WHITE CYLINDER OF SKIN 0.4 CM IN DIAMETER AND 0.7 CM DEEP. BISECTED AND ENTIRELY SUBMITTED.
MICROSCOPIC: FOCAL ISCHEMIC EPIDERMAL NECROSIS. IN THE DEEP DERMIS AND SUBCUTIS, SMALL ARTERIOLES CONTAIN CIRCUMFERENTIAL CALCIFICATION OF THEIR WALLS (VON KOSSA POSITIVE), WITH LUMINAL FIBRIN THROMBI. LOBULAR FAT NECROSIS WITH SPARSE NEUTROPHILS. NO VASCULITIS. PAS NEGATIVE FOR FUNGI.
DIAGNOSIS: CALCIPHYLAXIS.
"""),
        ],
    },
    {
        "patient_id": "Q02", "age": 58, "sex": "M",
        "notes": [
            ("2024-04-18", "Patient Portal Message", """
From patient: Hi Dr Okafor, sorry to bother you. I have a really sore purple patch on my left butt cheek that started last Tuesday. It is right were I put the microwave heat bag for my sciatica, I have been lying on it most nights since early March. Now there is a black spot in the middle and it hurts more then the sciatica ever did. My cycler has been fine, no cloudy bags. Should I come in? Thanks, Rudy

Reply (RN, PD unit): Hi Rudy, please stop using the heat bag for now and come to PD clinic Monday at 9. Any fever or cloudy effluent: call us right away or go to the ED.
"""),
            ("2024-04-22", "Peritoneal Dialysis Clinic", """
PD clinic f/u
58M, ESRD (DKD), CCPD x 2 yrs, also DM2 on glargine 30 u qhs (injects thighs), mech AVR -> warfarin, aiming for INR of 3 (range 2.5 - 3.5).
CC: painful L buttock lesion.
HPI: Onset 2 wks ago per pt, at the exact spot he has held a microwavable heat pack nightly since early March for L sciatica. Heat pack stopped 4/18.
Exam: L upper outer buttock 7 x 5 cm livid retiform plaque, central black eschar 2 cm, livedoid rim. R buttock normal. PD exit site: no erythema, tunnel non-tender. Thighs w/o lesions.
Labs today: Ca 10.1 / PO4 6.8, iPTH 910, INR 3.1, Alb 2.9.
BMI 36.1.
Imp: necrotic L buttock plaque at site of repeated heat exposure in PD pt on warfarin w/ uncontrolled CKD-MBD. Calciphylaxis high on ddx.
Plan: direct admit for bx, pain control, consider STS. Discussed w/ cardiology re warfarin -> apixaban not an option with mechanical valve; will bridge if warfarin held.
"""),
            ("2024-04-29", "History and Physical (Dictated)", """
HOSPITAL ADMISSION H&P

ADMIT DATE: 04/29/2024
ATTENDING PHYSICIAN: Dr. Marisol Quintanar, Hospital Medicine
DICTATED BY: Dr. Quintanar

CHIEF COMPLAINT: "A black sore on my backside that really hurts."

HISTORY OF PRESENT ILLNESS: This is a 58-year-old man with kidney failure due to diabetic nephropathy who does nightly cycler peritoneal dialysis in his home. He also has insulin-requiring type 2 diabetes and a mechanical aortic valve for which he takes warfarin. He was sent in from the PD clinic for a necrotic lesion of the left buttock. By his account the area first became red and sore on or about April 9, and over the following days it turned purple and then developed a black center. He explains that since early March he has warmed a rice-filled heat bag in the microwave and lain on it in bed each night to ease left-sided sciatic pain, and the sore is directly beneath where the bag rested. He stopped the heat bag on April 18 at the advice of the dialysis nurse. Pain is now 8 out of 10, burning, worse with sitting. He denies fever, chills, abdominal pain or cloudy dialysate. He has had no falls and no injections into the buttocks.

PAST MEDICAL HISTORY:
1. Kidney failure (diabetic), CCPD since 2022.
2. Type 2 diabetes, insulin-requiring (glargine).
3. Bicuspid aortic valve, status post mechanical aortic valve replacement 2015, on warfarin.
4. Secondary hyperparathyroidism.
5. Lumbar radiculopathy, left.
6. Obesity.

PAST SURGICAL HISTORY: Aortic valve replacement 2015. Laparoscopic PD catheter placement 2022. Left inguinal hernia repair as a child.

MEDICATIONS: Warfarin 7.5 mg daily except 5 mg Sundays, insulin glargine 30 units at bedtime, sevelamer carbonate 1600 mg with each meal, cinacalcet 30 mg daily, calcitriol 0.25 mcg daily, gabapentin 100 mg nightly, furosemide 80 mg twice daily.

ALLERGIES: Sulfa (rash).

SOCIAL HISTORY: Lives with his wife. Retired bus mechanic. Quit smoking in 2010. Does not drink.

FAMILY HISTORY: His father had diabetes and died of a stroke. No family history of skin ulcers or clotting disorders.

REVIEW OF SYSTEMS: Negative except as in the HPI. Specifically no chest pain, no dyspnea, no melena.

PHYSICAL EXAMINATION:
VITAL SIGNS: Temperature 36.8, pulse 78, blood pressure 152/84, respiratory rate 16, saturation 97% on room air. Weight 118 kg. BMI 36.4.
GENERAL: Uncomfortable when seated, shifts to the right side.
HEART: Crisp mechanical click, regular rhythm.
LUNGS: Clear.
ABDOMEN: Obese, soft. PD catheter exit site right lower quadrant is clean and dry.
SKIN: On the left upper outer buttock there is a 7.5 by 5.5 cm firm plaque bearing a 2.5 cm adherent black eschar centrally and a violaceous net-like border. The right buttock, sacrum, thighs and abdomen are free of lesions. Insulin injection sites on both anterior thighs show no induration.

LABORATORY DATA: INR 2.8. Calcium 10.0. Phosphorus 6.5. Intact PTH 884. Albumin 3.0 g/dL. Leukocytes 8.1.

ASSESSMENT AND PLAN:
1. Necrotic left buttock plaque. Strong suspicion for calciphylaxis developing where the heat was repeatedly applied. Dermatology to perform a deep incisional biopsy tomorrow. Start sodium thiosulfate after biopsy if confirmed. Wound care consult.
2. Warfarin with mechanical valve. Will discuss with cardiology whether to continue warfarin; if stopped, bridge with heparin infusion.
3. ESRD on CCPD. Continue home regimen.
4. Diabetes. Continue glargine at a reduced dose while intake is poor.
"""),
            ("2024-05-02", "Dermatology Progress Note", """
Derm f/u. Incisional bx L buttock 4/30: subcutaneous arterioles show medial calcification, thrombosis and panniculitis -> confirms calciphylaxis. Lesion localized to the heat bag area, which fits a thermal Koebner response. STS started, 25 g IV 3x weekly in the day hospital since he does PD. Wound care to continue. Cards: warfarin continued for mechanical valve, aware of risk.
"""),
        ],
    },
    {
        "patient_id": "Q03", "age": 64, "sex": "M",
        "notes": [
            ("2022-10-20", "Prosthetics and Orthotics Clinic", """
O&P visit - socket check
Dx: L transtibial amputation (2019, PAD). New total-contact socket w/ pin lock delivered 9/6/22.
Pt reports the medial brim has been rubbing "since day one", skin got sore at the start of Oct. Wears prosthesis ~12 h/d.
Skin check: medial L knee just above brim line - 3 x 2.5 cm dusky purple area w/ small central blister, surrounding mottled skin, exquisitely tender. Residual limb incision well healed, no breakdown distally.
Action: medial trim line lowered 8 mm, added gel pad. Advised to limit wear, see PCP/wound clinic about the skin. Will recheck fit in 2 wks.
"""),
            ("2022-11-02", "Wound Care Nursing Note", """
WOC RN consult - outpatient wound clinic
Pt: 64 y/o M, ESRD, HD Tu-Th-Sa, DM2 on insulin (abd), PAD s/p L BKA.
Wound #1 L medial knee (proximal to prosthetic socket brim):
  Size 4.1 x 3.0 x 0.2 cm
  Bed: black eschar ~80%, slough ~20%
  Edges: irregular, purpuric, with net-like violaceous rim extending 2 cm
  Exudate: scant, serous, odorless
  Pain: 8/10, does not ease with rest
  Periwound: indurated, cool
Pt states the sore started at the beginning of October where the new socket rubs.
Other skin: R foot intact, heels intact. Residual limb intact.
Braden 17.
Plan: no sharp debridement pending MD eval (atypical appearance, ?calciphylaxis). Cover w/ non-adherent contact layer + ABD, change qod. Prosthesis off until seen by vascular. Message sent to Dr Halvorsen.
"""),
            ("2022-11-10", "Vascular Surgery Clinic Note", """
Vascular Surgery Clinic

HPI: Mr. D is a 64 year old man, hemodialysis patient with insulin-treated diabetes and prior left below-knee amputation, sent by the wound clinic for a painful ulcer at the left knee. He received a new prosthetic socket on September 6 of this year. The proximal medial brim pressed and rubbed on the inner knee, and at the start of October a purple blister formed there which has since become black. He has no other wounds. He is not on warfarin. BMI 27.4.

Exam: L medial knee ulcer with dry eschar, 4.5 x 3 cm, ringed by retiform purpura; the area corresponds exactly to the socket brim. Femoral pulses palpable bilaterally, R DP faint. The BKA stump is healed and well padded.

Procedure: incisional biopsy of the ulcer edge under local anesthesia, sent for H&E/von Kossa.

Addendum 11/14: Pathology shows calcified small dermal/subcutaneous vessel walls, intimal hyperplasia, thrombi, fat necrosis. Diagnosis: calciphylaxis, which arose where the prosthesis pressed and rubbed chronically. Plan: sodium thiosulfate with HD via nephrology, no prosthesis until healed, prosthetist to refit socket.
"""),
        ],
    },
    {
        "patient_id": "Q04", "age": 69, "sex": "M",
        "notes": [
            ("2023-05-22", "Discharge Summary", """
CARDIAC SURGERY DISCHARGE SUMMARY
Admit 5/15/2023   Discharge 5/22/2023
Procedure: CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA) on 5/16/2023. Greater saphenous vein harvested by open technique from the R leg, ankle to knee.
Hospital course: Extubated POD#0. POD#2 chest tubes out. POD#4 brief paroxysm of AF, converted on amiodarone, not anticoagulated (CHA2DS2-VASc discussed; anticoagulation decision left to cardiology f/u). Dialysis continued MWF via R IJ tunneled catheter (L AVF maturing). Sternal incision clean. R leg harvest incision: mild edema along the calf portion, staples intact, no drainage.
PMH: ESRD (HD), DM2 - insulin (lispro/glargine into abdomen), HTN, obesity (BMI 31.2), secondary HPT.
Disposition: home w/ VNA.
Instructions: leg elevation; keep incisions clean and dry. If wound opens or turns dark, call the cardiac surgery office.
"""),
            ("2023-06-27", "Wound Clinic Note", """
Wound clinic, new pt
69M referred by CT surgery for R leg harvest incision breakdown. s/p CABG 5/16. HD MWF.
Hx per pt & wife: incision was healing OK until 6/20/23 when the skin along the middle of the calf cut "turned purple, then black", extremely painful since. No fever.
Exam: R medial lower leg - along the vein harvest incision, a 7 x 2.5 cm segment of dehiscence w/ firm black eschar, surrounding livedoid purpura 3 cm wide on both sides of the incision, exquisite tenderness out of proportion. Upper (knee) part of the incision healed. Sternotomy healed. L leg normal.
Temp 36.9. WBC 9.2.
Imp: atypical necrotic wound of the R leg harvest incision in ESRD - ?infection vs calciphylaxis vs pyoderma. Not debriding today.
Plan: derm referral urgent, bx. Culture swab sent. Xeroform + kerlix.
"""),
            ("2023-06-29", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE
CC: painful necrosis along R leg surgical incision.
HPI: 69 yo man, HD-dependent ESRD, insulin-dependent DM2, CABG with R saphenous vein harvest 5/16/23. Starting 6/20/23 the harvest incision on the medial R calf became violaceous and then necrotic. Pain severe. No prior similar lesions. Never on coumadin.
Exam: Linear eschar along the R medial calf incision with a broad retiform purpuric halo. No undermined violaceous border, no pustules.
Impression: favor calciphylaxis in a surgical wound (Koebnerized along the incision); pyoderma gangrenosum with pathergy is less likely; wound infection not supported (culture: skin flora only).
Plan: two 6 mm punch biopsies from the purpuric halo today, one for H&E/von Kossa and one for culture.
"""),
            ("2023-07-03", "Pathology Report", """
FINAL DIAGNOSIS:
A. SKIN, RIGHT MEDIAL CALF, PUNCH BIOPSY: CALCIPHYLAXIS. CALCIFIED WALLS OF SMALL SUBCUTANEOUS VESSELS (VON KOSSA POSITIVE), INTRALUMINAL THROMBI, AND A SEPTAL AND LOBULAR PANNICULITIS, FAT NECROSIS PRESENT. NO NEUTROPHILIC DERMATOSIS.
B. SKIN, RIGHT MEDIAL CALF, TISSUE CULTURE: NEGATIVE (48 HOURS).
"""),
        ],
    },
    {
        "patient_id": "Q05", "age": 52, "sex": "F",
        "notes": [
            ("2020-01-20", "Dialysis Rounds", """
Nephrology HD rounds, MWF 2nd shift
52F ESRD (FSGS) on HD since 2016, morbid obesity (BMI 41), no DM.
S: Terrible itching for months. Has been scratching her thighs for about 6 months, "till they bleed". Uses ice packs on the thighs for the itch the past 2 months, helps a little. New: 2 dark, very painful areas on the front of both thighs since Christmas.
O: BP 136/78. Kt/V 1.18 (low). Phos 8.2 Ca 9.4 PTH 1020.
Skin: multiple linear excoriations and prurigo papules b/l anterior thighs; R ant thigh 3 cm purpuric stellate plaque w/ central black crust; L ant thigh 4 cm similar plaque. Arms excoriated but no purpura.
A/P: uremic pruritus, underdialyzed -> increase time to 4h, add difelikefalin. Purpuric necrotic thigh plaques: r/o CUA, derm urgent. Stop Ca binder. No warfarin on list.
"""),
            ("2020-01-24", "Dermatology Consult", """
Dermatology outpatient consult
Reason: painful dark plaques on thighs.
Pt describes six months of generalized itch, worst on the thighs, which she scratches constantly and, lately, covers with ice packs from the freezer for relief. Since around Christmas two patches have turned dark and are now very painful.
Exam: Anterior thighs bilaterally: linear excoriations, lichenified papules. Right anterior thigh: 3.2 x 2.8 cm retiform purpuric plaque with central necrotic crust. Left anterior thigh: 4.1 x 3.5 cm similar plaque with early ulceration. Both plaques lie within the most heavily excoriated skin and where she rests the ice packs. No lesions of abdomen, buttocks or calves.
Assessment: retiform purpura with necrosis in an ESRD patient, in areas of chronic scratching and repeated cold exposure. Favor calciphylaxis; ddx includes excoriated prurigo with secondary infection.
Procedure: 5 mm punch biopsy, left thigh plaque edge.
Plan: stop ice packs, emollients, await pathology.
"""),
            ("2020-01-29", "Telephone Encounter", """
Called pt with biopsy result. Path L thigh: calcification of subcutaneous capillaries and arterioles w/ thrombosis -> calciphylaxis. Explained dx to pt, she verbalized understanding. Nephrology aware, starting STS 25 g with HD 3x/wk. Reminded her: no ice packs, try not to scratch (cotton gloves at night). Pain clinic referral placed. Pt asked if her sister (also on dialysis) could get this - advised to ask her own nephrologist.
"""),
        ],
    },
    {
        "patient_id": "Q06", "age": 45, "sex": "F",
        "notes": [
            ("2019-08-14", "Peritoneal Dialysis Clinic", """
HOME DIALYSIS CLINIC
45F ESRD from IgA nephropathy on CAPD 4 exchanges/d since 2017. No DM. No anticoagulants.
Anemia: Hgb fell to 8.4 in March -> darbepoetin (Aranesp) 60 mcg SC q2wk, self-injected into the backs of her upper arms, started 3/2019.
CC: tender lump back of L arm noticed 3 wks ago, now w/ a dark scab.
Exam: posterior L upper arm 2 firm tender subQ nodules 1.5 and 2 cm w/ overlying violaceous mottling, one w/ 8 mm central eschar. R arm: injection sites unremarkable. Exit site pristine. BMI 29.9.
Labs: Ca 9.7 / PO4 6.9 / iPTH 540 Alb 3.3.
A/P: painful necrotic nodules at Aranesp injection sites in PD pt w/ hyperphosphatemia. ?calciphylaxis vs injection site reaction/abscess. Derm appt next wk, switch ESA injections to abdomen meanwhile (away from PD catheter). Tighten phos: increase lanthanum.
"""),
            ("2019-08-21", "Dermatology Consult", """
Dermatology new consult
History: 45 year old woman, peritoneal dialysis patient, who has injected darbepoetin subcutaneously into the back of each upper arm every two weeks since March. About a month ago she felt a painful lump in the left arm at one of the injection spots; it has darkened and formed a scab. She says the lumps are precisely where she has been giving her Aranesp. No fever. No trauma otherwise. Never used insulin.
Exam: Posterior left upper arm with two indurated, exquisitely tender subcutaneous nodules with overlying livedoid violaceous change, the larger with a 1 cm stellate eschar. Right upper arm and abdomen clear. Skin of thighs and breasts normal.
Assessment: necrotic subcutaneous nodules at ESA injection sites. Calciphylaxis (non-diabetic, PD) is the main concern; sterile injection panniculitis and infection possible.
Plan: deep incisional biopsy today, left posterior arm. Tissue culture. Avoid any injections into the arms.
"""),
            ("2019-08-26", "Surgical Pathology Report", """
Specimen: Skin and subcutis, left posterior upper arm, incisional biopsy.
Microscopic: Lobular panniculitis, fat necrosis. Numerous small vessels in the subcutaneous fat show medial calcification and fibrointimal hyperplasia, with fibrin thrombi in several; von Kossa confirms calcium deposits, including fine pericapillary calcification. No granulomas. Gram and PAS stains negative.
Diagnosis: Calciphylaxis.
Comment: The findings are characteristic. Clinical history of injection of darbepoetin at this site noted.
"""),
        ],
    },
    {
        "patient_id": "Q07", "age": 60, "sex": "M",
        "notes": [
            ("2025-12-15", "Patient Portal Message", """
Subject: bruise wont go away
I got a real bad bruise on my right side, on the love handle, right where I do my lantus shots. it started 12/3 as a red sore spot and now its black in the middle and hurts like crazy, I cant sleep on that side. Its bigger then my palm now. My INR was 2.6 last week at the coumadin clinic so I dont think its that. Do I need to be seen or just wait it out? - Gerald
"""),
            ("2025-12-15", "Telephone Encounter", """
RN triage call returned re: portal msg.
Pt c/o painful dark area R flank at his insulin injection site since 12/3, enlarging, black center. Denies fever/chills, denies falls or hitting it on anything. Dialysis MWF, last HD today, tolerated. On coumadin for AF.
Per protocol advised ED eval today given necrosis + ESRD + anticoagulation. Pt agrees, wife to drive. Dr Lindqvist notified.
"""),
            ("2025-12-16", "Emergency Department Note", """
ED PROVIDER NOTE
CC: "black bruise on my side"
HPI: 60 y.o. M, ESRD/HD MWF, DM2 (insulin since his dx in 2011), AF on warfarin, BMI 38 presents w/ painful skin discoloration R flank since 12/3, which began at the area where he injects his glargine. He injects both flanks ("love handles") and never the abdomen or thighs. Pain 10/10, burning.
ROS: neg for fever, N/V, CP. +pruritus chronic.
PE: temp 37.1, P 92, BP 161/88
Skin: R flank 9 x 7 cm stellate black eschar surrounded by retiform purpura and indurated livedo. L flank with small healed injection marks, no purpura. No other lesions.
Labs: INR 2.7, Ca 9.2, Phos 7.8, WBC 10.4, lactate 1.3.
MDM: necrotic retiform purpura at insulin injection site in HD pt on warfarin: suspect calciphylaxis; warfarin necrosis unlikely after years of stable therapy; necrotizing infection considered - no crepitus, no gas on CT.
Dispo: admit medicine, derm consult for bx, wound care.
"""),
            ("2025-12-22", "Discharge Summary", """
DISCHARGE SUMMARY
Principal dx: Calciphylaxis, right flank, biopsy-proven.
Course: Admitted 12/16 w/ necrotic R flank plaque where he injects insulin. Derm punch bx R flank 12/18 showed calcified small vessels with thrombi and fat necrosis, diagnostic of calciphylaxis. Started sodium thiosulfate w/ HD. Warfarin switched to apixaban after discussion with cardiology. Insulin sites moved to the upper arms - do NOT inject the flanks. Pain regimen: hydromorphone PO prn, gabapentin 100 qhs.
Follow-up: wound clinic 12/29, HD unit to continue STS MWF.
"""),
        ],
    },
]
