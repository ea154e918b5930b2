"""probe174 corpus notes, F08-F14 (street medicine, shelter clinics, outreach vans and the clinics around them; all invented)."""

F08 = {"patient_id": "F08", "age": 63, "sex": "M", "notes": [
("2017-09-14", "Outreach Van Vaccination Note", """
MOBILE HEALTH UNIT -- HEP A OUTBREAK VACCINATION EVENT
Site: Sycamore Park meal line. County response event #7.
Pt: 63 yo M, sleeps in the park, some nights at St. Brendan's.
Screening: no prior hep A dose in the state registry, no allergy to vaccine components or
latex, afebrile, not acutely ill.
PMH per pt: "kidneys failed, dialysis at Quarry Hill Mon Wed Fri", HTN, a PE years back
treated with coumadin (stopped in 2015). No diabetes.
AV fistula R forearm (thrill present) -> vaccinate the L arm.
GIVEN: Hepatitis A vaccine (Havrix 1440 EL.U) 1 mL IM, L deltoid (upper arm), 25G 1"
needle, lot HA417B, exp 03/2019, by RN Tamsin, 09/14/2017 11:25.
VIS handed out. Observed 15 min -- no reaction.
Dose 2 due in 6-12 months -> van will look for him at the meal line.
Flu shot offered, declined today. Socks + hygiene kit given.
"""),
("2017-11-01", "Dialysis Unit Nephrology Note", """
QUARRY HILL DIALYSIS -- MONTHLY NEPHROLOGY ROUNDS
63M, ESRD from hypertensive nephrosclerosis; dialyzes 3x weekly (MWF) using his right
forearm fistula; spKt/V 1.31.
C/o a painful sore on his upper L arm that started in early October, now "black and
weeping". Sleeping outside still, some nights at the shelter.
Exam: lateral L upper arm, overlying the deltoid muscle: violaceous indurated plaque 4x3 cm,
black eschar at the center, livedo surrounding. Tender +++.
Labs this month -- Ca 9.8; P 7.2; iPTH 950; Alb 3.3. Post wt 92.4 kg.
Meds: calcium acetate 2 caps with meals, calcitriol with each run, no cinacalcet (not covered).
A/P: probable calciphylaxis L upper arm.
- stop calcium acetate + calcitriol, start sevelamer carbonate
- derm referral for bx, outreach van to transport
- STS once confirmed
"""),
("2017-11-16", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC NOTE
63M, unhoused, ESRD on HD.
Lesion: L lateral upper arm, began early October 2017.
Punch bx 11/8/17: small subcutaneous arterioles, walls calcified,
clot in the lumens -- confirms calciphylaxis.
Of note it is centered on his L deltoid exactly where the hepatitis A vaccine went in on
9/14/17 at a street outreach event: calciphylaxis localizing to an injection site.
Exam: plaque 5x4 cm, eschar 2 cm. No other lesions. Ht 176 cm, wt 92.6 kg; BMI is 29.9,
i.e. overweight.
PMH: remote PE, warfarin 2013-2015, off since.
Plan:
- begin STS: 25 g IV post each dialysis
- hep A dose #2 when due: anterolateral thigh, NOT the L arm
- wound care teaching, supplies from the van
- RTC 6 wks
"""),
]}

F09 = {"patient_id": "F09", "age": 57, "sex": "M", "notes": [
("2020-02-18", "Street Medicine Encampment Visit", """
STREET MEDICINE -- FOOTHILL CAMP -- VISIT NOTE
57M, ESRD on HD TTS at Ashgrove (fairly adherent), T2DM on glargine (self-injects his
abdomen), HTN.
Two days ago (2/16) he knocked a pot of boiling water off the camp stove inside his
tent and it splashed his LEFT lower leg. Cooled it with bottled water.
Exam: L lateral calf 6x4 cm partial-thickness burn, some blisters intact, some ruptured,
moist pink base, blanches. Not circumferential. R leg skin normal.
Vitals 138/76, 80, afebrile (36.8). BG 212.
Tx: saline cleanse, ruptured bullae deroofed, silver sulfadiazine, nonadherent layer +
gauze roll. Tdap up to date (2018).
Plan: dressing changes every 2 days by the team, return precautions reviewed, talked
about stove placement (outside the tent door, on a flat rock).
"""),
("2020-05-12", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC -- monthly visit, in-center HD pt
Since the beginning of April: a new spot behind the RIGHT calf, extremely painful, keeps
him up at night. The February burn on his L leg "healed up fine" per pt.
Exam: R posterior calf 5x5 cm stellate purpuric plaque with a necrotic center.
L lateral calf: healed burn, smooth pink scar, soft, no induration.
Bloods: Ca 10.3 / P 7.1 / PTH 720. BMI 26.1 (wt 80 kg).
A/P: R calf lesion, clinically suspicious for calciphylaxis; referring to derm to get
tissue. Ca-based binder stopped. Lengthen each HD session by half an hour.
Reviewed sick-day rules, fluid limits.
"""),
("2020-05-27", "Dermatology Note", """
DERMATOLOGY NOTE
57M, ESRD on hemodialysis, DM2 on insulin, living at the Foothill camp.
R posterior calf punch bx 5/19/20: calciphylaxis (vascular calcification, thrombi,
panniculitis).
Today: R posterior calf plaque 6x5 cm with a 2.5 cm eschar. L lateral calf: the February
burn has healed with a flat scar, no purpura, no nodules.
The calciphylaxis is on the opposite leg from the burn. He can't think of any bump, burn
or injection on the right leg.
Plan: start STS 25 g with each dialysis; wound care by the street team (hydrogel + foam);
BMI 26.1, no change; pain regimen per nephrology; RTC 4 wks.
"""),
]}

F10 = {"patient_id": "F10", "age": 60, "sex": "F", "notes": [
("2023-03-14", "Nephrology HD Rounding Note", """
HD ROUNDING -- ASHGROVE DIALYSIS
60F; ESRD on HD (Mondays, Wednesdays, Fridays; graft in the L upper arm); AF on warfarin; HTN.
Lives in her RV on Tanner Industrial Rd with her dog.
S: painful dark spot on the inside of her left calf that began around the first of March.
Denies any injury, bite or burn to the leg. No fever.
O: BP 148/80. Post-HD wt 83.7 kg, Ht 163 cm, BMI 31.5.
L medial calf: violaceous retiform plaque, 4x3 cm, small eschar centrally, tender.
Labs: calcium 9.4 | phosphorus 7.8 | PTH 680 | INR 2.6.
A/P:
- painful L medial calf lesion, suspect calciphylaxis. Derm referral for biopsy, urgent.
- phosphorus: sevelamer up to 1600 TID, diet teaching
- warfarin: discuss alternatives if bx confirms
"""),
("2023-03-28", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC
60F with ESRD (HD) and AF, taking warfarin.
Bx L medial calf 3/21/23: calciphylaxis -- mural calcification of the little vessels in
the subcutaneous fat, with thrombi and necrotic lobules.
Onset ~3/1/23. Exam: L medial calf necrotic plaque 5x4 cm, retiform margin. No other
lesions. Dog sniffing around the exam room door (service animal paperwork pending).
Plan:
- STS with each HD
- warfarin -> apixaban (cardiology agrees)
- wound: collagenase + foam, 3x/wk dressing changes at HD
- street med team to check the dressing at the RV lot on non-HD days
- pain: acetaminophen scheduled, gabapentin 100 mg post-HD
"""),
("2023-04-10", "ED Provider Note", """
ED PROVIDER NOTE
60F, bx-proven calciphylaxis of the left medial calf (3/2023), ESRD on HD, on apixaban.
Last evening (4/9/23) a stray dog at the RV lot bit her left calf as she was feeding her
own dog. Two punctures and a 2 cm laceration just below and beside the dressed
calciphylaxis ulcer, some bleeding, now controlled.
VS: afebrile 36.9, pulse 86, BP 152/84.
Exam: L medial calf -- 2 punctures + shallow lac along the inferior margin of the older
necrotic ulcer; ulcer itself unchanged per pt. No tendon involvement.
Tx: copious irrigation, lac left open (bite), dressing. Tdap given R deltoid (last 2011).
Amox-clav renally dosed x 5 d. Animal control notified; rabies PEP not indicated per
county health (dog captured, observed).
"""),
("2023-05-02", "Street Medicine Wound Check", """
STREET MEDICINE -- RV LOT WOUND CHECK
60F, ESRD on HD, calciphylaxis L medial calf; dog bite to the same calf 4/9.
Bite punctures healed, no redness or warmth. Finished amox-clav.
Calciphylaxis ulcer: 5x3.5 cm, eschar softening, pain 5/10 (was 8).
Getting STS with each run per the Ashgrove nurse; taking apixaban.
VS: BP 140/78 HR 76. Weighed 83.7 on the HD scale Mon, BMI still 31.5.
Plan: continue collagenase + foam, next van visit Friday, bring dog food + flea treatment
(pt request). Reminded her to keep the dog off the dressing at night.
"""),
]}

F11 = {"patient_id": "F11", "age": 53, "sex": "F", "notes": [
("2025-06-03", "Shelter Clinic Note", """
HARBOR LIGHT WOMEN'S SHELTER -- CLINIC NOTE
53F; ESRD (HD at Ashgrove, T-Th-S); T2DM, glargine at 2100 (shelter RN puts it in her
thighs); HTN; obesity. BMI 44.2.
New painful dark area on her left lower belly, under the pannus, since Memorial Day. Since
it started, the shelter staff have been giving her a frozen gel pack from the shelter kitchen to
hold on it for the pain.
VS: BP 162/88 HR 94 T 36.8.
Exam: L lower abdomen/pannus 7x5 cm firm violaceous retiform plaque, centrally
a 15 mm black crust/eschar; she guards it, exquisitely tender. Pannus fold macerated.
A: suspected calciphylaxis vs panniculitis.
P: derm referral this week; stop the ice on the area; keep the fold dry (gauze in the fold).
"""),
("2025-06-10", "Dermatology Consult", """
DERMATOLOGY OUTPATIENT CONSULT
53F on hemodialysis, DM2 using insulin, BMI 44.2.
L lower abdominal (pannus) plaque since Memorial Day 2025, painful.
Punch bx 6/5/25 (rim of the L lower pannus lesion): subcutaneous
arterioles with calcified media, clot inside, necrotic fat; positive calcium stain.
Dx: calciphylaxis; site L lower abdominal wall, in the pannus.
Plan:
- thiosulfate with dialysis, cinacalcet
- wound clinic for debridement as tolerated
- no ice, heat or adhesive tape directly on the plaque
- shelter RN to continue glargine into the thighs only
"""),
("2025-07-08", "Wound Clinic Procedure Note", """
WOUND CLINIC -- PROCEDURE NOTE
Dx: L lower pannus calciphylaxis, biopsy 6/2025.
Wound 8x6 cm; black adherent eschar over about four fifths, the rest yellow slough;
moderate serous drainage. Skin stripping along the edge from the paper tape used at the
shelter.
PROCEDURE: selective sharp debridement -- eschar and slough removed with curette and
scissors after topical lidocaine, 12 sq cm, down to pinpoint bleeding at the margins.
EBL < 5 mL. Tolerated with pain 7/10.
Dressing: calcium alginate, bordered silicone foam, no tape.
Pain plan: hydromorphone 30 min before dressing changes.
Return 1 wk. Shelter RN given written dressing instructions.
"""),
]}

F12 = {"patient_id": "F12", "age": 45, "sex": "F", "notes": [
("2016-03-08", "Medical Respite Admission Note", """
MEDICAL RESPITE -- CALLOWAY HOUSE -- ADMISSION
45F, discharged from FCMC to respite (no home since her building was condemned 12/2015).
PMH: ESRD, on CAPD (4 manual exchanges daily, supplies delivered to respite), T2DM on
sitagliptin 25 mg, HFrEF with LV thrombus -- warfarin on hold since 2/2016 for a GI bleed,
HTN.
New: painful lumps in both inner thighs, 2 weeks now. Pt denies any injections -- "I have
never used needles, never skin-popped" -- and denies falling, bumping the legs, or using a
heating pad or hand warmers.
VS: 128/76, HR 88, 37.0. BMI 30.0 (81 kg, 164.3 cm).
Exam: both medial thighs: several firm subcutaneous nodules, tender, livedo racemosa
over them, L > R, no open areas yet.
A/P: painful nodules with livedo in a PD pt -- derm consult for bx; PD RN aware.
"""),
("2016-03-22", "Dermatology Note", """
DERMATOLOGY NOTE
Bx L and R medial thigh 3/15/16: both diagnostic of calciphylaxis (arteriolar
calcification in the subcutis, thrombosis, panniculitis).
Exam: bilateral medial thigh plaques, L 6x4 cm with new 1 cm eschar, R 4x3 cm.
No trauma recalled at these sites; she again denies injections, falls and heat.
Counseling:
- nothing injected into the thighs; if enoxaparin is ever needed, use the upper arms
- may need insulin later -- if started, not in the thighs
- keep heat, cold packs and anything tight off the legs
Plan: STS IV three times weekly, respite van to the infusion suite; stop calcium carbonate.
"""),
("2016-04-19", "Peritoneal Dialysis Clinic Note", """
PD CLINIC NOTE
45F, CAPD, at Calloway House respite. Calciphylaxis of both medial thighs (bx 3/2016).
Adequacy: total weekly Kt/V 1.9; transport high-average on the last PET. Exit site clean, no
tenderness, no crusting.
Thigh wounds per respite RN: L eschar stable, R plaque softer. Pain 5/10.
Cardiology: warfarin remains held; plan to start enoxaparin bridge once GI clears her --
not started yet.
Glucose OK on sitagliptin, A1c 7.4; no insulin.
BMI 30.0, wt stable at 81 kg.
Plan: continue STS, cinacalcet 30, low-Ca dialysate, RTC 4 wks. Respite stay extended
another 30 days per program director.
"""),
]}

F13 = {"patient_id": "F13", "age": 70, "sex": "M", "notes": [
("2024-10-22", "Outreach Van Note", """
OUTREACH VAN 3 -- LIBRARY PLAZA STOP
70M, sleeps in the library arcade. ESRD on HD MWF at Quarry Hill, HTN, BPH. No DM.
Since early October has been wearing donated sneakers a size too small ("only ones that
were left"). Both ankles rub on the stiff heel collar all day.
Exam: friction blisters over both lateral malleoli, 1-2 cm, one deroofed on the R, clean
base. Feet otherwise intact, DP pulses 1+ bilat.
VS: BP 134/72 HR 70. Wt 68 kg / Ht 172 cm, BMI 23.0.
Tx: cleaned, hydrocolloid blister pads, gave new sneakers from the donation closet
(size 11 wide) + 3 pr socks.
Plan: van stops here Tue/Fri, check blisters.
"""),
("2024-12-03", "Nephrology HD Rounding Note", """
NEPHROLOGY -- QUARRY HILL HD ROUNDS
70M, HD at the unit M/W/F, still sleeping in the library arcade.
Both lower legs: new ulcers since mid-November, very painful. The ankle blisters from the
tight shoes healed weeks ago per pt.
Exam: mid-calf necrotic ulcers (3x2 cm right, 4x3 cm left) with violaceous retiform
borders, exquisitely tender. Malleoli intact. Pedal pulses faint but present.
Bloods: calcium 9.8; phos 6.7; PTH 530; albumin 3.2.
A/P: bilateral mid-calf ulcers, concern for calciphylaxis. Derm to biopsy. Stop calcitriol.
Outreach van aware, will bring him to derm.
"""),
("2024-12-17", "Dermatology Note", """
DERMATOLOGY CONSULT NOTE
70M, ESRD on HD, unsheltered (library arcade).
Bx L mid-calf 12/10/24: calciphylaxis.
Exam: bilateral mid-calf necrotic ulcers, R 3x2.5, L 4.5x3. The malleolar areas
where the small sneakers rubbed in October are fully healed and spared; the lesions sit
on the mid-calves, a hand's width or more above the ankles.
He denies any knock, scrape or burn to either calf.
Plan: sodium thiosulfate with each run; dressing changes at HD 3x/wk; BMI 23.0;
RTC 4 wks. Van to bring him. Pain: acetaminophen 650 q6h, gabapentin 100 after
dialysis; he refuses opioids.
"""),
]}

F14 = {"patient_id": "F14", "age": 39, "sex": "M", "notes": [
("2021-01-26", "Street Medicine Harm Reduction Visit", """
STREET MEDICINE / HARM REDUCTION -- SSP TABLE AT 9TH ST
39M, OUD, injects fentanyl; says his veins are "shot," so for a year he has been
skin-popping into both forearms and his R deltoid. Denies injecting into his legs.
ESRD (FSGS) on HD TTS, goes about half the time.
Slept out during the cold snap around 1/18/21 -- L 2nd and 3rd toes went numb, then dark.
Exam: both forearms and R deltoid with multiple round punched-out ulcers 0.5-2 cm and
atrophic scars. L 2nd/3rd toe tips dusky purple with hemorrhagic blisters, cool.
VS: HR 92 BP 130/78 T 36.5. Wt 63 kg / Ht 174 cm, BMI 20.8.
Plan: sterile supplies, naloxone x2, fentanyl test strips; started bup-nx 8/2 mg SL
(pt agrees); frostbite toes -> wound clinic referral; ulcer care teaching.
"""),
("2021-03-09", "ED Provider Note", """
ED PROVIDER NOTE
39M, ESRD on HD, OUD on buprenorphine (mostly adherent), here for very painful lumps
behind both thighs since late February, now turning black. Denies injecting into the
legs -- "only my arms."
Vitals: 37.1 C, pulse 104, 158/90.
Exam: posterior thighs bilaterally: several firm violaceous plaques, 2-5 cm, black eschar
centrally, purpuric net at the edge. Old skin-popping scars and small open ulcers on
both forearms. L 2nd/3rd toes dry black tips.
Labs: Ca 10.7 -- Phos 9.0 -- PTH 1,420 -- WBC 8.1.
A: ?calciphylaxis vs injection-related abscesses (no fluctuance). Admit, derm c/s, HD.
"""),
("2021-03-16", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT -- FOLLOW-UP
Bx R posterior thigh 3/11/21: calciphylaxis (calcified subcutaneous arterioles, thrombi).
Impression:
1. calciphylaxis of both posterior thighs, biopsy-proven. No trauma at these sites; he
   has never injected there.
2. forearm and R deltoid ulcers: chronic skin-popping ulcers, injection-related, NOT
   calciphylaxis (different morphology, no retiform purpura).
3. L 2nd/3rd toes: dry gangrene from frostbite (1/2021), NOT calciphylaxis.
Plan: thiosulfate with each run, surgical referral for parathyroidectomy (PTH 1,420);
podiatry for the toes; keep bup-nx going; BMI 20.8. Discussed with the SSP team, who will
look for him on discharge.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
