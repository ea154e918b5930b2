"""probe29 corpus notes, J01-J07 (dictated notes through speech recognition; all invented)."""

J01 = {"patient_id": "J01", "age": 63, "sex": "F", "notes": [
("2019-03-20", "Nephrology Rounds - Dictated", """
DIALYSIS ROUNDS NOTE dictated at chairside unit B
Miss Delphine Arceneaux is a sixty three year old lady with Indy stage renal disease on hemo dialysis Tuesday Thursday Saturday via left brachiocephalic fistula comma type two diabetes on Lantis insulin comma who wanted me to see her belly today period new paragraph
She says about three weeks ago she noticed a hard sore knot low on the left of her stomach beneath the navel and it has gotten darker and is now the most painful thing she has ever had she rates it ten out of ten she gives her own insulin and has kept to that same patch low on the left abdomen ever since October of twenty eighteen because she says the right side bruises easier period
On exam there is a five by four centimeter indurated violet plaque left lower quadrant with a dusky center and a purplish netlike rim and she is very tender no drainage no warmth beyond the border period
Assessment concern for calciphylaxis in the setting of ESRD and a phosphorus of seven point eight comma also consider infected injection site or panniculitis period
Plan derm referral this week for punch biopsy comma move her insulin to the right arm for now comma check PTH calcium phos comma pain management period end of dictation
"""),
("2019-03-28", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
Referring dr Pham nephrology. Reason: painful plaque of the abdomen r/o calcific uremic arteriolopathy
HPI sixty three yo F on in center HD for ESRD secondary to diabetic nephropathy comma insulin dependent comma here with a tender lesion on the left lower abdomen that came up late February exactly where she injects her long acting insulin every night for months now, no trauma otherwise, no new meds, never on coumadin or warfarin
Exam: L infraumbilical abdomen: stellate violaceous plaque measuring 5.5 by 4 cm, gray-black central eschar 1.5 cm, retiform purpura at the periphery. Rest of skin incl thighs and flanks clear. Height 160 cm weight 86.3 kg B M I thirty three point seven
A/P Strongly suspect calciphylaxis at the injection site comma differential includes sclerosing panniculitis
- four mm punch biopsy done today at the plaque's edge after lido, one suture
- specimen to path, asked for calcium stains
- wound care: gentle cleanse, petrolatum, nonadherent dressing
Dictated, not proofread, speech to text may have errors
"""),
("2019-04-05", "Dermatology Follow-up", """
Follow up after biopsy, she comes with her sister.
Pathology resulted period subcutaneous arterioles show mural calcium comma intimal thickening comma fibrin clot in the lumen comma and fat necrosis around them comma the von Kossa stain lights up the calcium period this is diagnostic of calciphylaxis new paragraph
Discussed with patient and sister that the calcify laxis started at the spot where she has been giving the insulin since last October and that needles are thought to set it off, she is no longer injecting there
Plan sodium thiosulfate with dialysis per nephrology, stop calcium based binder, wound clinic weekly, no more needles into the belly anywhere, return four weeks
"""),
]}

J02 = {"patient_id": "J02", "age": 71, "sex": "M", "notes": [
("2020-12-03", "Home Dialysis Clinic - Interpreter Visit", """
PD CLINIC MONTHLY VISIT Spanish interpreter present in person (interpreter ID 4471)
Mr Ernesto Villalobos seventy one year old male doing cycler PD at home for roughly two years comma history of mechanical aortic valve on warfarin INR goal two point five to three point five comma no diabetes comma A1c five point four
Per interpreter patient states he has had a lot of arthritis pain in the left knee and since the beginning of September his wife has been tying frozen ice packs round the left knee nightly for an hour or more while he watches the television period
Per interpreter he states that on Thanksgiving day he saw a purple spot on the front of the left knee and now it is black and he cannot bend the knee because of the pain and he can not sleep
Exam left anterior knee three centimeter black eschar surrounded by a violaceous mottled lacy border comma the rest of the leg is warm with good pulses comma no effusion
Impression painful black lesion exactly where the cold went night after night comma PD comma warfarin comma cough lactic sis high on the list versus a frostbite type cold injury
Plan urgent dermatology comma told him through the interpreter to stop the ice completely comma Kt/V adequate comma continue current PD prescription
"""),
("2020-12-10", "Dermatology Consult", """
Derm consult, interpreter via video (Spanish).
71M ESRD on CCPD, on warfarin for a mechanical valve, seen for a left knee ulcer. Patient and wife explain via interpreter that the ice was used nearly every evening from early September onward and the skin changed around 11/26.
On exam: L anterior patellar skin with 3.2 by 2.8 cm adherent black eschar, retiform purpura extending 2 cm inferiorly, exquisite tenderness. No lesions elsewhere. Wt 79 kg, ht 170.5 cm, BMI 27.2.
Assessment: findings most consistent with calciphylaxis, warfarin and cold as contributors; less likely cryoglobulinemia or cold panniculitis.
Plan: deep incisional biopsy at the inferior margin done today, sent for calcium stains; cryoglobulins, hepatitis C; coordinate with cardiology about warfarin, which cannot simply be stopped given the mechanical valve.
"""),
("2020-12-22", "Telephone Encounter", """
Called patient with the biopsy result, used the telephone interpreter line (Spanish, operator 20917).
Biopsy shows calcium in the media of tiny vessels of the fat plus clot comma consistent with calciphylaxis period cryoglobulins negative
Per interpreter, patient states the knee is a little less painful since they stopped the cold and that he understands the ice caused the skin to break down there. Wife asked if heat is ok instead, told her no heat either. Referral to wound clinic, nephrology starting sodium thiosulfate, cardiology aware
"""),
]}

J03 = {"patient_id": "J03", "age": 77, "sex": "F", "notes": [
("2021-07-02", "Dialysis Unit NP Note", """
NP note dictated in the unit
Seventy seven year old female ESRD on hemodialysis Monday Wednesday Friday comma atrial fib on apixaban now comma she was on warfarin from two thousand fifteen until two thousand nineteen when it was switched comma no diabetes comma class one obesity with a BMI of thirty one point two
New complaint both calves hurt terribly and there are purple blotches where the top band of her knee high compression stockings sits period vascular put her in twenty to thirty millimeter stockings on May fourth for leg swelling and she has had them on daily since then period she first noticed the blotches sometime in June
Exam bilateral posterior calves at the stocking band line there are horizontal violaceous retiform patches with two small black centers on the right and one on the left comma skin below the band is normal comma DP pulses faint but present
Assessment new retiform purpura with early necrosis bilateral calves at compression line comma worry for calciphylaxis comma also pressure injury from the stockings
Plan stockings off comma wound clinic referral next week comma calcium phos PTH today
"""),
("2021-07-09", "Wound Clinic Note", """
WOUND CARE CENTER initial visit
Reason for visit: bilateral lower leg wounds, referred by dialysis NP.
History obtained from pt and daughter. Compression hose started 5/4/21, wounds began June at the band of the hose on both legs, hose stopped one week ago.
Wound 1 right posterior calf: 2.1 x 1.4 cm, 100% black eschar, periwound purpura in a net pattern, pain 9/10.
Wound 2 right posterior calf (medial): 1.0 x 0.8 cm eschar.
Wound 3 left posterior calf: 2.6 by 1.5 cm, eschar with slough at the edge.
Procedures: punch biopsy 4 mm at right calf wound 1 margin. No debridement today given concern.
Dressing: povidone iodine painted over eschar, covered with dry gauze, loose tubular bandage, NO compression.
Weight 80.1 kg Height 163 cm BMI 30.1
"""),
("2021-07-20", "Nephrology Clinic Dictation", """
Nephrology follow up new paragraph
I saw her in clinic today with her daughter period the right calf biopsy showed calcified small arterioles within the fat plus thrombus which confirms calciphylaxis period the lesions on both legs line up exactly with where the compression stocking bands pressed comma and the stockings went on in early May comma so the pressure from the bands looks like the trigger here
She has lost weight with the pain comma today seventy eight kilos and BMI twenty nine point four
Plan sodium thiosulfate twenty five grams with each run comma switch sevelamer comma stop calcitriol comma pain team referral comma no compression of any kind comma she is not to restart warfarin
"""),
]}

J04 = {"patient_id": "J04", "age": 58, "sex": "M", "notes": [
("2022-08-09", "Operative Note - Dictated", """
BRIEF OPERATIVE NOTE dictated by surgeon
Date of procedure today
Preop diagnosis chronic kidney disease stage five comma needs dialysis access for peritoneal dialysis
Procedure lap PD catheter insertion with a rectus sheath tunnel
Findings and technique three centimeter right paramedian incision below the umbilicus comma catheter placed in the pelvis and tunneled comma exit site brought out right lower quadrant comma incision closed in layers with absorbable suture and skin glue
EBL minimal
Complications none
Patient has type two diabetes on diet alone comma BMI thirty six point four comma on apixaban held for three days
Disposition home today comma PD training to begin after two weeks
"""),
("2022-09-12", "PD Training Nurse Note", """
PD training day 3
Pt doing well with exchanges, cycler set-up reviewed. He reports that on Labor Day his incision started to hurt badly and a dark patch came up along the scar, says "it looks like a bruise but it is hard as a rock". Exit site looks fine, no crust, no drainage, catheter flushing well. Along the healed right lower abdominal incision there is a 4 cm violaceous indurated band with a dusky center, very tender to touch.
Paged Dr Lindqvist re: concern for infection vs something else. Asked to hold training and see derm. Pt agreeable. Effluent clear.
"""),
("2022-09-20", "Dermatology Consult", """
dermatology consultation dictated period fifty eight year old man new to peritoneal dialysis comma catheter placed August ninth comma presents with a plaque along the healed surgical incision right lower abdomen that began September fifth
Exam right infraumbilical paramedian scar with a four and a half by two centimeter firm purple plaque and a central one centimeter black eschar and surrounding livedo comma exit site separate and normal comma no other lesions
Impression calcific uremic arteriolopathy arising in the surgical scar is what I am most worried about period biopsy taken today from the plaque margin comma will call with results
"""),
("2022-11-15", "Nephrology Progress Note", """
Nephrology progress note
Interval: biopsy of the right lower abdominal scar plaque showed vascular calcification with thrombosis, consistent with calciphylaxis. It arose in the incision from his PD catheter surgery of 8/9/22. After discussion the PD catheter was removed 10/6 and he has been on in-center hemodialysis three times a week since October via a right IJ tunneled line while the fistula matures.
Ulcer smaller, granulating edges, pain 4/10 with gabapentin 100 mg post-HD.
DM2 diet controlled, no insulin. Not on warfarin (apixaban). BMI 36.0 today, obese.
Plan: continue STS with HD, binder change, wound clinic q2 weeks.
"""),
]}

J05 = {"patient_id": "J05", "age": 66, "sex": "F", "notes": [
("2023-07-27", "Primary Care Visit - Interpreter", """
Primary care same day visit comma Vietnamese interpreter on the phone
Patient is a sixty six year old Vietnamese speaking woman comma ESRD comma hemodialysis comma and type two diabetes taking NPH insulin twice a day
Per interpreter comma patient states that on the Fourth of July she tripped over the garden hose at her son's barbecue and fell onto the concrete step and scraped the front of her right shin comma it was a small scrape and it was almost healed and then on the twentieth a hard purple spot came up right in the same place and these days its centre is black and the pain is worse than her kidney stones were period she denies fever
Exam right anterior shin two point five centimeter black eschar with surrounding dusky purple mottling comma a faint healed abrasion line runs through it comma no pus comma pulses palpable comma BMI twenty two point eight
Assessment necrotic ulcer right lower leg where she recently scraped it comma dialysis patient comma calciphylaxis versus infected wound versus vasculitis
Plan keflex pending derm comma dermatology referral marked urgent comma CBC CMP phosphorus
"""),
("2023-08-03", "Dermatology Consult", """
DERM CONSULT
66 yo F, HD dependent, DM on insulin, referred for R shin ulcer.
History via in-person interpreter (Vietnamese): fall 07/04/2023 with scrape to R shin, new painful lesion in the scraped area from 07/20/2023.
Exam: R anterior lower leg ulcer 3 x 2.2 cm, eschar thick and black, peripheral retiform purpura 1 cm wide, no other skin lesions, no livedo elsewhere. Left leg clear.
A/P: suspect calciphylaxis (Koebnerized into abrasion site); ddx ecthyma, vasculitis. Incisional biopsy of border sent with request for von Kossa. Stop keflex. Foam dressing.
"""),
("2023-08-15", "Telephone Encounter", """
Phone call with interpreter line, Vietnamese.
told patient the result of the biopsy: calciphylaxis confirmed, small vessel calcification and clot with fat necrosis in the skin of the right shin, no vasculitis. Per interpreter, patient states she is sad but glad to know and asks if the fall made it happen; explained that an injured spot can be where it shows up. Her daughter will bring her to wound clinic Monday. Nephrology messaged for thiosulfate.
"""),
]}

J06 = {"patient_id": "J06", "age": 54, "sex": "M", "notes": [
("2024-02-14", "Urgent Care - Dictated", """
urgent care note dictated comma fifty four year old male on hemodialysis comma ESRD from polycystic kidneys comma no diabetes comma not on blood thinners
Chief complaint painful lump in the right butt cheek period he started testosterone shots last month at a men's health clinic comma intramuscular every week comma the nurse there always gives them in the right upper outer buttock comma and ten days ago a tender firm area appeared exactly where the shots go comma it went dark purple and there is a black scab in the center now
Exam right upper outer gluteal region four centimeter indurated plaque comma violaceous with stellate dark center comma no fluctuance comma no fever comma weight one hundred four kilos BMI thirty point zero
Impression injection site reaction versus abscess versus cough lactic sis given dialysis
Plan no I&D since not fluctuant comma doxycycline comma told to stop the testosterone shots comma contact his nephrologist and dermatology tomorrow
"""),
("2024-02-20", "Dermatology Consult", """
Derm consult, pt referred from urgent care.
54M ESRD on HD, IM testosterone cypionate weekly into R gluteus since January 2024; painful plaque R buttock since 2/4.
Exam: R upper outer buttock 45 x 35 mm indurated purpuric plaque with central black necrosis, retiform edges, no lesions on the left buttock or thighs.
Assessment: calciphylaxis, clinical diagnosis, arising at his intramuscular injection site. Classic morphology in a dialysis patient with the typical pain; biopsy of the buttock deferred (location, healing risk, patient preference) and not needed to treat.
Plan: testosterone off permanently; STS via nephrology; local wound care; f/u 2 weeks.
"""),
("2024-03-05", "Nephrology Clinic Dictation", """
nephrology clinic comma follow up calciphylaxis right buttock
He is tolerating sodium thiosulfate with each of his three weekly runs comma pain down from nine to five out of ten comma eschar now lifting at the edges comma he is sleeping on his left side
Labs calcium eight point nine phosphorus six point one PTH six hundred forty comma will start cinacalcet
BMI remains thirty comma counseled on diet
He asked about restarting testosterone somewhere else on the body comma answer is no
"""),
]}

J07 = {"patient_id": "J07", "age": 69, "sex": "F", "notes": [
("2025-01-28", "Kidney Supportive Care Clinic", """
KIDNEY SUPPORTIVE CARE dictated note
Sixty nine year old lady comma end stage kidney disease eGFR nine comma she chose conservative management and does not want dialysis comma atrial fibrillation on Coumadin comma type two diabetes on glipizide comma no insulin
New paragraph she is here with her husband because of a terribly painful sore on the right hip period her grandson gave her an electric heating pad for Christmas and since Christmas night she has been lying on it on the right hip every evening for her bursitis comma sometimes falling asleep on it period around the middle of January a purple hard patch appeared right over that spot and it is now breaking open
Exam right lateral hip overlying the trochanter six by four centimeter violaceous indurated plaque with reticulated edges and a central two centimeter black eschar comma mottled brown erythema around it from the heat comma left hip normal comma BMI twenty seven point six
Impression suspected calciphylaxis at the site of heating pad use comma differential burn with necrosis
Plan no heat comma dermatology for biopsy comma stop calcium carbonate
"""),
("2025-02-04", "Dermatology Consult", """
derm consult dictated by fellow period sixty nine yo female non dialysis ESKD on warfarin referred for right hip ulcer period heating pad on that hip nightly from Christmas until late January comma onset of pain and purple plaque mid January
exam right lateral hip six point five by four centimeter necrotic plaque comma black eschar comma retiform purpura at the rim comma erythema ab igne in the background comma no other lesions
assessment calciphylaxis versus thermal injury comma will biopsy today at the border comma two punches comma one routine and one for calcium stain
"""),
("2025-02-18", "Dermatology Follow-up", """
Return visit for path results. Husband present.
Path: arterioles of the subcutis calcified, thrombi inside them, fatty tissue necrotic; calcium stain positive. Nothing at depth to suggest a burn. Diagnosis: calciphylaxis, right hip, arising where she had used the heating pad since 12/25/2024.
Weight up slightly, BMI 28.1.
Discussed prognosis frankly; she remains clear that she does not want dialysis. Palliative wound care, sodium thiosulfate through infusion center discussed, cardiology asked about changing warfarin to apixaban.
"""),
]}

PATIENTS = [J01, J02, J03, J04, J05, J06, J07]
