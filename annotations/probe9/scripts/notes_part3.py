"""probe9 corpus notes, E15-E20 (all invented: people, places, wording)."""

E15 = {"patient_id": "E15", "age": 77, "sex": "F", "notes": [
("2016-05-02", "Internal Medicine Admission H&P", """
ADMISSION HISTORY AND PHYSICAL - MEDICINE B

CC: leg wounds getting worse, can't manage at home.

HPI: 77 yo woman with stage 4 CKD (last eGFR 19; has never dialyzed; follows with Dr. Lindqvist), insulin-treated DM2, AF on warfarin, HFpEF, and obesity, sent from her PCP for painful ulcers on both shins. Per pt they began "around Easter" as purple blotches on both lower legs, then opened. She bumped her L shin on the bed frame back in January, which healed without a problem. Uses a heating blanket on her bed all winter. Severe pain, mostly nocturnal, not relieved by leg elevation or dependency.

PMH: CKD 4 (DM/HTN); DM2 on insulin (NPH 22 u BID, injected in the abdomen); AF on warfarin since 2011; HFpEF; HTN; OA; cataracts.
Meds: warfarin 4 mg, NPH, furosemide 80 BID, metoprolol, calcitriol 0.25 mcg, calcium carbonate 500 mg TID with meals, atorvastatin.

Exam: T 36.7, HR 76 irreg, BP 150/70. BMI 30.6.
Legs: anterior shins bilaterally with 3 ulcers (R 4x3 cm; L 3x2 cm plus 1.5x1 cm), each with dusky necrotic bases and irregular violaceous borders; surrounding retiform purpura. Feet warm; DP pulses weak but present. ABI 0.9 R / 0.85 L (noncompressible component possible).
Abd: insulin sites without lesions.

Labs: Cr 2.6, Ca 9.4, P 5.0, PTH 310, INR 2.7, albumin 3.2. Cryoglobulins, ANCA, hepatitis serologies sent.

A/P:
77F CKD 4 on warfarin with painful necrotic shin ulcers and retiform purpura.
DDx: calciphylaxis (warfarin, calcium + calcitriol, DM, obesity, female), arterial ulcers (mild PAD), warfarin necrosis (unlikely after 5 years), vasculitis.
1. Derm consult for biopsy.
2. Vascular surgery for arterial studies.
3. Hold calcium carbonate and calcitriol.
4. Wound RN. Pain control.
5. Continue warfarin for now pending derm.
"""),
("2016-05-05", "Medicine Progress Note", """
MEDICINE B PROGRESS NOTE - HD 4

S: Pain 6/10 on oxycodone. Tolerating dressings.

O: Afebrile, vitals stable. Shin ulcers unchanged. INR 2.4.
Derm punch biopsy (5/3, L shin ulcer edge): epidermal necrosis, dermal fibrin thrombi, no vessel calcification identified, no vasculitis; von Kossa negative in the sample. Dermpath comment: "the specimen is superficial; subcutaneous fat is scant; calciphylaxis cannot be excluded."
Arterial duplex: moderate tibial disease, not critical; vascular surgery: no revascularization target.
Cryo, ANCA, hepatitis serologies negative.

Problems:
1. Necrotic bilateral shin ulcers - etiology unclear. Calciphylaxis possible (clinically suggestive, biopsy nondiagnostic). Derm offered a deeper excisional biopsy - pt declines further biopsies. Discussed with renal: will treat empirically with IV sodium thiosulfate 3x/week while inpatient; warfarin to apixaban per cardiology.
2. Atrial fibrillation - rate controlled; anticoagulation change as above.
3. CKD 4 - stable Cr; not on dialysis, not planning it soon.
4. DM2 - glucose OK on NPH 18 u BID.
5. HFpEF - euvolemic.
6. PAD - moderate, medical management.
7. Obesity.
8. Disposition - SNF for wound care likely.
"""),
("2016-05-10", "Discharge Summary", """
DISCHARGE SUMMARY

Admitted 05/02/2016, discharged 05/10/2016 to Hillcrest Manor SNF.

Discharge diagnoses:
1. Painful necrotic ulcers of both shins, etiology undetermined - possible nonuremic calciphylaxis versus mixed arterial/warfarin-related ulceration. Biopsy nondiagnostic; patient declined repeat. Treated empirically.
2. CKD stage 4
3. DM2 on insulin
4. AF - off warfarin; apixaban (2.5 mg, BID) begun 5/6
5. HFpEF, PAD, obesity (BMI 30.6)

Course: thiosulfate IV x3 doses given; to continue at SNF via PICC? -> no PICC (CKD, vein preservation); renal will decide at clinic visit whether to continue. Wound care: Santyl to necrotic areas, foam, no compression. Ulcers unchanged at discharge.
F/u: renal clinic 2 wks, derm 4 wks, wound clinic weekly at SNF.
"""),
]}

E16 = {"patient_id": "E16", "age": 45, "sex": "M", "notes": [
("2024-07-09", "Peritoneal Dialysis Clinic Note", """
PD Clinic

45 yo M on CCPD since 3/2022 (ESRD from Alport syndrome). Not diabetic. Also hypogonadism on testosterone cypionate 200 mg IM every 2 weeks since 2023, which his partner gives into the R upper outer buttock - "always the same side, she's used to it."

Concern today: very painful hard patch on the R buttock for about 3 weeks, worse sitting.
Exam: BMI 26.1. R upper outer buttock: indurated plaque, 5 by 4 cm, violaceous with a lacy livedoid border, exquisitely tender, no fluctuance, no drainage, 2 small dusky spots centrally. L buttock normal. Exit site fine.
Labs: PTH 870, Ca 10.3, P 6.5, Alb 3.4.

Impression/plan:
1. Tender indurated R buttock plaque at the IM testosterone site. Ddx: injection-site abscess or sterile panniculitis vs early calciphylaxis (PD, high PTH and Ca x P). Soft tissue US ordered; derm referral for punch biopsy if no abscess. Hold testosterone; when resumed, use the L side / thigh.
2. SHPT - start cinacalcet, stop calcium acetate.
3. PD - adequate.
"""),
("2024-07-15", "Telephone Encounter", """
Phone - PD nurse (M. Ruiz RN)

Soft tissue US of R buttock (7/12): ill-defined edematous subcutaneous fat, no drainable collection, punctate echogenic foci possibly calcifications.
Called pt with result and derm appt 7/30. He says the spot is more painful and one of the dark dots is bigger. He is moving to Tucson at the end of the month to be near family and wants to get everything transferred.
Discussed with Dr. Amsel: "US does not exclude calciphylaxis; biopsy needed." Pt would rather have it done in Tucson.
"""),
("2024-08-01", "Patient Portal Message", """
From patient:
Hi, I moved already so I had to cancel derm on the 30th sorry. the butt sore is about the same, still real tender, one black dot. new PD clinic in Tucson sees me on the 12th. can you send them my records?

Reply (Dr. Amsel, 8/1/24):
Of course - records faxed today to Saguaro Home Dialysis. In the letter I explained that the R buttock lesion is suspicious for early calciphylaxis but has not been biopsied, so the diagnosis is not established. Please ask them about a skin biopsy at your first visit, and keep the testosterone on hold until then. Take care.
"""),
]}

E17 = {"patient_id": "E17", "age": 76, "sex": "M", "notes": [
("2018-11-12", "Hospital Medicine Admission H&P", """
HOSPITAL MEDICINE H&P

Chief complaint: found down at home.

HPI: 76 yo M, ESRD, dialyzes TTS (last run Saturday), insulin-treated DM2, warfarin for AF, and prior L BKA, found on the bathroom floor by his son this morning; he thinks he fell around 10 pm last night trying to transfer from his wheelchair and could not get up, so he lay on his back on the tile for ~11 hours. No LOC. Pain in his lower back and buttocks. Missed no doses of insulin before the fall.

PMH: ESRD (DM) on HD since 2014 via R AVF; DM2 x 30 yrs on glargine 20 u + lispro SS; AF on warfarin; PAD s/p L BKA 2016; CAD; chronic systolic HF EF 35%; depression.
Meds: warfarin 2.5 mg daily, glargine, lispro, metoprolol, sevelamer, sertraline.

Exam: T 36.2, HR 96 irreg, BP 102/58. BMI 26.0.
Skin: sacrum with a 6 x 5 cm area of deep purple non-blanchable discoloration with a central open area of 2 by 2 cm with exposed subcutaneous fat (stage 3 pressure injury). R heel: 3 cm intact fluid-filled blister (deep tissue injury pattern). Bruise over the L hip. Ecchymoses over the abdomen where he gives his insulin, consistent with injections on warfarin. L BKA stump intact.

Labs: K 6.4, CK 8,900, INR 3.6, lactate 2.0, Hgb 9.8.

A/P:
76M on HD found down after ~11 h on the floor: rhabdomyolysis, hyperkalemia, sacral stage 3 pressure injury, R heel DTI, supratherapeutic INR.
1. Hyperkalemia/rhabdo - emergent HD today; trend CK.
2. Pressure injuries - wound care RN consult, low-air-loss mattress, heel offloading boots, turn q2h.
3. INR 3.6 - hold warfarin; no reversal needed.
4. DM2 - glargine 14 u, lispro correction.
5. Fall - PT/OT, fall precautions, home safety eval.
"""),
("2018-11-14", "Wound Care Nursing Consult", """
WOUND/OSTOMY NURSE CONSULT

Consulted for sacral and heel wounds.

Sacrococcygeal area: pressure injury, stage 3, 6.2 x 5.0 cm overall, open area 2.4 x 2.1 x 0.3 cm, 60% red granular / 40% yellow slough, no tunneling, small serosanguinous exudate, periwound purple (evolving deep tissue injury around the open area). Etiology clear - prolonged immobility on a hard floor. This is a typical pressure wound; no features to suggest calciphylaxis, vasculitis, or warfarin skin necrosis (livedo, retiform purpura and fatty-area plaques all absent).
R heel: DTI, blister intact, 3.0 x 2.8 cm, boggy, maroon. Do not unroof.
L hip: resolving bruise.
Abdomen: scattered small insulin-injection bruises, no induration.

Recs:
- Sacrum: cleanse NS, hydrocolloid paste to slough, silicone foam border, changed every third day or when soiled.
- Heel: skin prep, heels floated in offloading boots around the clock.
- Specialty low-air-loss surface requested. Reposition every 2 h, HOB <= 30 deg.
- Dietitian: protein supplement with HD.
"""),
("2018-11-20", "Discharge Summary", """
DISCHARGE SUMMARY

Admitted 11/12/2018 - Discharged 11/20/2018 to Oak Hollow SNF.

Diagnoses:
1. Fall with prolonged lie; rhabdomyolysis, resolved
2. Hyperkalemia, resolved with HD
3. Sacral pressure injury (stage 3) and deep tissue injury of the R heel
4. ESRD on HD TTS
5. DM2 on insulin
6. AF on warfarin, INR supratherapeutic on admission, now 2.3
7. PAD s/p L BKA
8. HFrEF

Course: HD daily x2 then resumed TTS; CK normalized. Warfarin resumed 11/16 at 2 mg daily. Sacral wound clean, slough decreasing; heel blister intact.
SNF orders: continue wound care per WOC nurse, turn schedule, heel boots, PT/OT; warfarin with INR checks at HD; insulin glargine 16 u + correction.
"""),
]}

E18 = {"patient_id": "E18", "age": 69, "sex": "F", "notes": [
("2020-02-11", "Wound Clinic Initial Visit", """
Wound Healing Center - initial consult

69 y/o F referred by PCP for a L ankle ulcer present about 2 months. Hx of varicose veins, DVT L leg 2009 (treated 6 mo with warfarin, off since 2010), DM2 on metformin, CKD 3a (eGFR 52), HTN, obesity.

Ulcer: L medial malleolus, 5.1 x 3.8 x 0.2 cm, shallow, irregular, 90% beefy red granulation, heavy serous exudate, no eschar. Periwound: hemosiderin staining, lipodermatosclerosis of the lower third of the leg, varicosities. Mildly tender only.
Pulses: DP/PT 2+. ABI 1.05.
BMI 32.2.

Assessment: venous leg ulcer L medial ankle. The picture (location, granulating base, staining, mild pain, normal arterial flow, no livedo or necrosis) is typical for venous disease; this is not calciphylaxis, and she has neither dialysis nor a high Ca-phos product to suggest it.

Plan: multilayer compression wrap to L leg (ankle to knee), change 2x/week; calcium alginate to the wound base. Elevation. Duplex for venous reflux. RTC 1 week.
"""),
("2020-03-10", "Wound Clinic Progress Note", """
Wound Healing Center - follow-up #4

L medial ankle venous ulcer, in 4-layer compression since 2/11.
Now 3.2 by 2.0 cm, depth 0.1 cm (was 5.1 by 3.8). Granulation healthy, exudate moderate. Small pressure blister at the top of the compression wrap on the upper L calf last week, now dry, skin intact.
Venous duplex: great saphenous reflux L.

Plan: continue compression; padding added below the knee to avoid further rubbing. Vascular referral for ablation. Switching to compression stockings (30-40 mmHg) once healed.
"""),
]}

E19 = {"patient_id": "E19", "age": 58, "sex": "F", "notes": [
("2023-08-27", "Hospital Medicine Admission H&P", """
HOSPITAL MEDICINE ADMISSION H&P

CC: shortness of breath and chest pain.

HPI: 58 y/o woman, ESRD on HD MWF since 2020 (DKD), insulin-dependent DM2, obesity, presenting with 2 days of pleuritic chest pain and dyspnea after a long car trip. CTA chest: bilateral segmental PE, no RV strain.

PMH: ESRD (DM) on HD; DM2 on insulin (detemir 30 u, lispro with meals - injects into her abdomen and upper arms); HTN; obesity; depression.
Meds: detemir, lispro, sevelamer, cinacalcet, amlodipine, citalopram.

Exam: HR 104, BP 138/80, SpO2 93% RA. BMI 36.0. Skin: no lesions. Legs: no edema asymmetry.

A/P:
# Bilateral PE, provoked (travel) - heparin drip (weight-based, IV); start warfarin tomorrow as the long-term agent (apixaban not on formulary for ESRD at our site). Target INR 2-3.
# ESRD - HD per renal.
# DM2 - continue detemir 24 u, lispro SSI.
"""),
("2023-09-03", "Hospital Medicine Progress Note", """
HOSPITAL MEDICINE PROGRESS NOTE - HD#8

S: New severe pain in both thighs and the L breast since yesterday.

O: INR 2.8 (warfarin day 6, started 8/28, heparin drip stopped 9/1 when INR therapeutic).
Skin: anterior thighs bilaterally and L breast: sharply bordered purpuric plaques, several with central hemorrhagic bullae, one on the R thigh with early necrosis. Extremely tender.

Problem list:
1. New necrotic purpuric plaques of both thighs and L breast (fatty areas), onset on warfarin day 5. DDx: warfarin-induced skin necrosis (timing, sites) vs calciphylaxis (ESRD, obesity, warfarin exposure, DM). Warfarin held; vitamin K 5 mg IV now; restart IV heparin. Derm consult for urgent biopsy. Protein C and S activity.
2. Bilateral PE - on heparin drip.
3. ESRD on HD - renal aware.
4. DM2 - glucose 140-200.
5. Obesity.
6. Pain - hydromorphone IV prn.
"""),
("2023-09-05", "Dermatology Consult", """
DERMATOLOGY CONSULT - biopsy results

Punch biopsies (9/3) from the R thigh and L breast: numerous fibrin thrombi occluding capillaries and venules of the dermis and fat, with hemorrhagic infarction of epidermis and fat. Von Kossa stain negative in vessels and fat of both specimens. No vasculitis.
Protein C activity 28% (low) drawn before vitamin K.

Assessment: warfarin-induced skin necrosis in a patient with acquired/inherited protein C deficiency. Histology excludes calciphylaxis.

Recs: no further warfarin. Continue heparin; long-term anticoagulation per hematology (apixaban suggested despite formulary). Wound care of the thigh and breast lesions with nonadherent dressings; surgery consult if necrosis deepens.
"""),
("2023-09-12", "Discharge Summary", """
DISCHARGE SUMMARY

Dates: 8/27/2023 - 9/12/2023

Diagnoses:
1. Bilateral pulmonary emboli
2. Warfarin-induced skin necrosis, thighs and L breast; protein C deficiency. (Calciphylaxis was considered and excluded on biopsy.)
3. ESRD on hemodialysis MWF
4. Type 2 DM on insulin
5. Obesity, BMI 36.0

Course: warfarin stopped 9/3 and reversed; heparin bridged to apixaban 2.5 mg BID per hematology. Skin necrosis stable; small eschar on the R thigh, breast lesion re-epithelializing.
Allergy list updated: warfarin (skin necrosis).
F/u: hematology, derm, wound clinic.
"""),
]}

E20 = {"patient_id": "E20", "age": 64, "sex": "M", "notes": [
("2025-02-04", "Podiatry Clinic Note", """
PODIATRY

64M, ESRD on HD (Sunrise Dialysis MWF), DM2 on insulin glargine + lispro, PAD, peripheral neuropathy. Referred from dialysis for a R heel wound.

Wound: R heel (posterior), 2.5 by 2.0 cm, 0.3 cm deep, callused rim, granular base with some slough, no bone palpable, no malodor. He traces it to a blister that stiff new work boots raised in early January. Monofilament: absent sensation both feet.
ABI noncompressible; TBI 0.45 R.
XR R foot: no osteomyelitis.

A: neuropathic/ischemic diabetic foot ulcer R heel, Wagner 1.
Plan: callus and slough pared with a #15 blade today. Offloading heel boot. Silver alginate + foam. Vascular referral. Shoe modification. RTC 2 wks.
"""),
("2025-02-18", "Dialysis Monthly Progress Note", """
MONTHLY HD PROGRESS NOTE - Dr. Sorensen
(Template. Items carried forward from 1/21/25 marked [cf].)

Dialysis: MWF, 4 h, Qb 400, EDW 82.0 kg. Access R brachiobasilic AVF [cf]. Kt/V 1.4.
Vitals: BP 142/76. BMI 29.0.

Problems:
1. ESRD on HD [cf] - adequate.
2. CKD-MBD: Ca 9.8, P 6.9, PTH 740. Pt's brother (on PD in Ohio) was treated for calciphylaxis last year and the pt is frightened about it. Explained his own risk factors (HD, diabetes, high phosphate). Advised: take binders with every meal; rotate insulin injection sites and never inject into the same spot twice in a row; keep heating pads and cold packs off the legs. No skin findings concerning for calciphylaxis today: no livedo, no painful nodules.
3. R heel diabetic foot ulcer - followed by podiatry, improving.
4. DM2 on insulin - A1c 7.6. [cf]
5. Anemia - Hgb 10.6 on ESA [cf].
6. Vaccines - hep B series complete [cf]; influenza given 10/2024.
"""),
("2025-03-03", "Patient Portal Message", """
From: patient
Subject: heel + question

The heel spot is smaller, the podiatrist said its healing. I have a question, my brother said his calciphylaxis started where he gave his insulin. should I be worried about my belly shots? There are some small bruises there but no pain.

Reply (Sunrise Dialysis nurse practitioner, 3/3/2025):
Good news about your heel. Small bruises at insulin spots are common and are not calciphylaxis. Keep rotating sites, and tell us right away if you ever get a painful, hard or purple patch anywhere on your skin, so we can examine it. Your phosphorus is still high, so please keep taking the binder with meals.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
