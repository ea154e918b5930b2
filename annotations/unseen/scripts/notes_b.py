# Notes for U09-U16. Each entry: (patient_id, note_id, note_date, note_type, text)

NOTES = []


def add(pid, nid, date, ntype, text):
    NOTES.append((pid, nid, date, ntype, text.strip("\n")))


# ---------------------------------------------------------------- U09
add("U09", "U09-01", "2019-06-20", "Nephrology Progress Note - Dialysis", """
Lakeview Dialysis -- Physician Progress Note (monthly)

68F. ESRD -- diabetic kidney disease. In-center HD (M-W-F), R upper arm AV graft, started spring 2017. T2DM on insulin (NPH bid, injects abd). Obesity, BMI 34.0. HTN. Gout.

Interval: staff found an open sore on her L forearm. Pt says it started last month as a painfull purple spot and then opend. She has propped her left forearm on the hard chair armrest for the full 4 h of every treatment since spring 2017 (R arm has to stay still for the graft). The sore is exactly where the forearm rests on the armrest.

Exam: L dorsal-ulnar forearm, mid-shaft: 2.5 x 2 cm ulcer w/ black eschar base, violaceous stellate border, livedo around it. Tender ++. Nothing similar on R arm. Abd injection sites w/ mild lipohypertrophy, no purpura.
Labs: Ca 9.9, P 7.1, PTH 1020.

A/P:
1. L forearm ulcer at a pressure point -- concern for calciphylaxis. Derm referral. Padded armrest + pillow starting today.
2. CKD-MBD: binder adherence poor; reviewed diet w/ RD; cinacalcet 60.
3. DM: A1c 8.2, PCP managing insulin.
""")

add("U09", "U09-02", "2019-06-27", "Wound Care Nursing Flowsheet", """
WOUND ASSESSMENT -- Lakeview Dialysis (RN)

Wound location: LEFT FOREARM, dorsal/ulnar
Wound type: [ ] Pressure injury  [ ] Venous  [ ] Arterial  [ ] Surgical  [x] Other: ?calciphylaxis (derm appt 7/2)
Measurements: length 2.7, width 2.1, depth 0.1 (cm)
Tissue: eschar 90%, slough 10%
Drainage: none
Periwound: purple, indurated, lacy discoloration
Pain: 7/10
Tx: xeroform, dry gauze, tubular netting (no tape on skin)
Offloading: [x] foam pad on armrest   [x] pt reminded not to lean on L forearm
Next assessment: 7/1
""")

add("U09", "U09-03", "2019-07-02", "Dermatology Clinic Note - Outpatient", """
DERMATOLOGY

68 yo F, ESRD on HD, DM on insulin, BMI 34, referred for L forearm ulcer present since May.
She leans her L forearm on the dialysis chair armrest three times a week, 4 hours at a time, ever since she started HD in spring 2017. The lesion is at the point of contact.

Exam: L ulnar forearm 2.8 x 2.2 cm eschar with retiform purpuric margin and livedo racemosa. Rest of skin exam incl. abdomen, thighs, legs: no lesions.

Assessment: Calciphylaxis -- clinical diagnosis (classic retiform purpura/eschar in ESRD pt with severe HPT, at a site of chronic pressure). Biopsy deferred: distal site, risk of a nonhealing biopsy wound outweighs benefit; pt agrees.

Plan: sodium thiosulfate via HD (nephrology aware); keep arm off the armrest -- padded support or sling; wound care as is; gabapentin 100 mg post-HD for pain.
""")

add("U09", "U09-04", "2019-08-15", "Palliative Care Consult", """
PALLIATIVE CARE CONSULTATION (outpatient, seen chairside at Lakeview Dialysis)
Reason: pain and goals of care in calciphylaxis

HPI (carried forward from derm 7/2, updated): 68 yo F, ESRD on HD, DM on insulin, BMI 34, referred for L forearm ulcer present since May. She leans her L forearm on the dialysis chair armrest three times a week, 4 hours at a time, ever since she started HD in spring 2017. The lesion is at the point of contact.
Update 8/15: ulcer now 3.5 cm, new small satellite eschar just distal on the L forearm. Pain 8/10, worst during HD and dressing changes. Sleep poor. Mood "tired of it".

Goals: She wants to keep dialyzing for now; main priorities are pain control and being home with her grandson. Full code for now, open to revisiting.

Plan:
- hydromorphone 1 mg PO 30 min before dressing changes
- continue gabapentin 100 mg post-HD
- senna/docusate
- chaplain visit offered, accepted
- f/u 2 wks chairside
""")

# ---------------------------------------------------------------- U10 (case report)
add("U10", "U10-01", "2020-04-01", "Case Report", """
Calciphylaxis of a below-knee amputation stump and of the skin beneath adhesive tape

Case presentation
A 61-year-old man with insulin-treated type 2 diabetes of fifteen years' duration, obesity (body mass index 30.2) and end-stage renal disease on hemodialysis for three years presented with wet gangrene of the left forefoot caused by peripheral arterial disease. Angiography showed heavily calcified tibial arteries with no target for bypass, and a left below-knee amputation was performed. A closed-suction drain was brought out through a separate stab wound and its tubing was fixed to the front of the left thigh with strips of adhesive tape for five days.

Three weeks after the operation he developed pain and a dusky, net-like discolouration along the stump suture line, which over the next week merged into a black eschar spanning most of the incision. At about the same time a 6 by 3 cm area of retiform purpura appeared on the anterior left thigh in the exact shape of the tape strips that had held the drain tubing. The rest of his skin, including his abdominal insulin injection sites and the right leg, was normal. He had never received warfarin.
""")

add("U10", "U10-02", "2020-04-01", "Case Report", """
Investigations
Calcium was 10.2 mg/dL, phosphate 7.7 mg/dL and intact parathyroid hormone 1,350 pg/mL. A wedge biopsy from the stump margin revealed ring-like calcium in the walls of subcutaneous arterioles, thrombosis and fat necrosis, and von Kossa staining confirmed the mineral. The thigh lesion was not biopsied but was clinically identical. Calciphylaxis was diagnosed.

Management and outcome
He received sodium thiosulfate intravenously with each dialysis session, calcium-based binders were replaced, and a subtotal parathyroidectomy was done six weeks later. The thigh lesion healed by secondary intention in ten weeks. The stump did not heal and was revised to an above-knee amputation four months after the first operation; the revision healed without recurrence.

Discussion
Both lesions arose only where the skin had recently been breached or stripped: the amputation incision and the skin under the tape. Surgical wounds and adhesive removal are well-described triggers of calciphylaxis in susceptible patients, a form of Koebner phenomenon. In dialysis patients with uncontrolled mineral metabolism we now avoid taping directly onto the skin and, where possible, correct phosphate and parathyroid hormone before elective surgery.
""")

# ---------------------------------------------------------------- U11
add("U11", "U11-01", "2020-11-05", "Peritoneal Dialysis Clinic Note", """
PD CLINIC -- monthly visit, Westbrook Home Dialysis

57F ESRD (diabetic nephropathy) on CCPD since 2018; 4 cycles overnight + icodextrin day dwell. Kt/V 1.9 last month.
T2DM on insulin degludec 40 u + aspart sliding scale. Injects ALL of her insulin into the R thigh -- has done so for years, says the left side "is awkward".

CC today: painful spot on the L inner thigh x 10 days. Started as a red-purple hard area, now darker in the center. No trauma she can recall, no heat or ice, no tight clothes.

Exam: BMI 35.7. L medial thigh: firm violaceous plaque ~4x3 cm, center dusky, net-like margin. R anterolateral thigh: lipohypertrophy, normal color. Exit site L abd: clean, no crust, nontender.
Labs: Ca 10.3 (on calcium carbonate), P 6.5, PTH 690.

A/P: painful indurated purpuric plaque L thigh in PD pt -- r/o calciphylaxis. Derm referral (urgent). Switch binder from calcium carbonate to sevelamer.
""")

add("U11", "U11-02", "2020-11-09", "Dermatology Consult - Outpatient", """
DERM CONSULT (outpatient)

Hx as per PD clinic. Key points: lesion L medial thigh, onset ~10/26. She exclusively injects insulin into the R thigh. No injections, heat, cold or pressure to the L thigh; no tight garments.

Exam: L medial thigh: 5 x 3.5 cm retiform purpura with central eschar forming, exquisitely tender. Second 1.5 cm purpuric nodule just below it, also L medial thigh. R thigh: soft lipohypertrophic nodules at her injection sites, no purpura or necrosis. Abdomen incl. PD exit site: clear.

Imp: likely calciphylaxis -- note the lesions are NOT at her injection sites; they are on the opposite thigh.
Plan: punch bx x1 L medial thigh today, von Kossa. Discussed pain control with PD team.
""")

add("U11", "U11-03", "2020-11-12", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Specimen: Skin, left medial thigh, punch biopsy (4 mm)
Clinical: PD pt, painful retiform purpura L thigh, r/o calciphylaxis

Microscopic: Subcutaneous septal and lobular fat necrosis. Multiple small arterioles with stippled and circumferential medial calcification, highlighted on von Kossa, several with organizing luminal thrombi. Mild perivascular lymphocytes. No vasculitis.

Diagnosis: Skin, left medial thigh, punch biopsy -- CALCIPHYLAXIS.
""")

add("U11", "U11-04", "2020-12-01", "Telephone Encounter", """
Phone note -- PD nurse (Westbrook)

Pt called about pain in the L thigh wound, 9/10 last night. Taking tramadol 50 q12 (renal dose). Per pt more black in the middle, no pus or odor. Husband changng dressing daily.
Calciphylaxis L thigh (bx 11/9). Reviewed w/ Dr. Hsu: increase gabapentin 100 -> 200 mg qhs. At the 12/3 visit Dr. Hsu will go over thiosulfate infusions (infusion center) vs changing to HD.
Pt verbalized understanding.
""")

# ---------------------------------------------------------------- U12 (case report)
add("U12", "U12-01", "2017-09-01", "Case Report", """
Bilateral calf calciphylaxis that spared the sites of subcutaneous heparin: a case report

A 70-year-old man receiving hemodialysis for end-stage renal disease secondary to autosomal dominant polycystic kidney disease was admitted with community-acquired pneumonia. He did not have diabetes and had never taken warfarin. Throughout a 12-day stay he received subcutaneous unfractionated heparin three times daily for thromboprophylaxis, injected into the periumbilical abdomen by nursing staff. Mechanical prophylaxis was not used, and he had never worn compression stockings.

A week after discharge he described aching in both calves, and soon afterwards his wife noticed purple lace-like mottling over the backs of both lower legs. Over the following fortnight, painful stellate plaques with black centres formed on the posterior right and left calves. There had been no falls, knocks or burns to the legs. The abdominal injection sites showed only small healed puncture marks and faint bruising, without induration, purpura or necrosis.
""")

add("U12", "U12-02", "2017-09-01", "Case Report", """
Investigations and course
Phosphate was 8.2 mg/dL, corrected calcium 9.4 mg/dL and parathyroid hormone 780 pg/mL. A deep punch from the border of the right calf plaque showed von Kossa-positive calcification of arteriolar walls in the subcutis with thrombosis and fat necrosis, confirming calciphylaxis. He was treated with intravenous sodium thiosulfate three times weekly, lanthanum, cinacalcet and a change to a low-calcium dialysate. The left calf healed at five months and the right at seven.

Discussion
Calciphylaxis has repeatedly been described at sites of subcutaneous injections, and a recent course of heparin might tempt one to invoke that mechanism here. In our patient, however, the lesions appeared on the calves, well away from the abdominal injection sites, which remained normal throughout. We therefore doubt any local role for the injections. An exposure in the history is not the same as a trigger at the lesion site, and careful mapping of lesions against injection and pressure sites is worthwhile before attributing causation.
""")

# ---------------------------------------------------------------- U13
add("U13", "U13-01", "2021-03-22", "Emergency Department Note", """
EMERGENCY DEPARTMENT NOTE -- Mercy Valley Hospital
CC: R thigh pain / rash

HPI: 60 y/o female; ESRD, HD Tue/Thu/Sat through L AVF; T2DM diet controlled (A1c 6.4, no meds); obesity; HTN. Presents with 2 wks of a purple, increasingly painful patch, R lateral thigh. Denies injury, injections, heating pad or ice, tight clothing. Missed 2 HD sessions last month. Not on anticoagulation.

Exam: BMI 32.4. R lateral thigh 8 x 6 cm violaceous mottled patch w/ central 2 cm dusky area, indurated, tenderness out of proportion to exam. No crepitus, no warmth.
Labs: WBC 9.1, Ca 9.7, P 8.9, lactate 1.1, CK wnl.
CT R thigh: no soft tissue gas.

MDM: cellulitis? calciphylaxis? nec soft tissue infection felt unlikely (no systemic signs, CT neg). Start vancomycin dosed to HD, admit medicine, consult derm.
""")

add("U13", "U13-02", "2021-03-24", "Dermatology Consult - Inpatient", """
DERMATOLOGY CONSULT -- INPATIENT

60F ESRD on HD, diet-controlled DM, BMI 32, admitted w/ painful R lateral thigh lesion, onset ~3/8 per pt. No preceding trauma at that site: no falls, shots, heat, cold, or rubbing.

Exam: R lateral thigh: 9 x 6 cm retiform purpura with early central necrosis and an angulated border. L thigh, abdomen, buttocks, breasts clear.

Imp: suspect calciphylaxis (retiform purpura in fatty area, P 8.9, missed dialysis).
Procedure note: after consent, 4 mm punch obtained today at the lesion edge on the R lateral thigh; hemostasis w/ gelfoam. Tolerated well.
Recs: await path; recommend nephro start STS empirically; pain service; no tape to skin.
""")

add("U13", "U13-03", "2021-03-26", "Surgical Pathology Report", """
SURGICAL PATHOLOGY REPORT -- Mercy Valley Hospital

Specimen: Skin and subcutis, right lateral thigh, punch biopsy
Diagnosis: Calciphylaxis (calcific uremic arteriolopathy). Von Kossa stain highlights calcium within walls of small subcutaneous arterioles; there are fibrin thrombi and lobular fat necrosis. GMS and Gram: negative for organisms. Vasculitis absent.
""")

add("U13", "U13-04", "2021-04-12", "General Surgery Procedure Note", """
GENERAL SURGERY -- BEDSIDE PROCEDURE NOTE

Procedure: Excisional debridement, R lateral thigh wound (calciphylaxis), 11 x 7 cm
Indication: biopsy-proven calciphylaxis R thigh with thick adherent eschar and early liquefaction; wound team requested debridement.
Anesthesia: IV hydromorphone premed + 1% lidocaine local infiltration at margins.
Findings: black eschar over yellow necrotic fat, minimal bleeding. Debrided to bleeding subcutaneous tissue at periphery; central fat still pale. No purulence. Est. depth 1.5 cm after debridement.
Dressing: Dakin's 0.125% moistened gauze, ABD, netting.
Complications: none. EBL < 10 mL.
Plan: dressing BID; may need repeat debridement in OR later this week.
""")

add("U13", "U13-05", "2021-05-03", "Wound Care Nursing Flowsheet", """
OUTPATIENT WOUND CARE FLOWSHEET -- Mercy Valley Wound Center

Wound: R lateral thigh -- calciphylaxis (bx 3/24, debrided 4/12 and 4/15 OR)
Size: 10.5 x 6.8 x 1.2 cm    Tissue: 60% granulation / 40% slough    Exudate: moderate serosanguinous
Periwound: intact, purple rim receding
Pain: 6/10

Pt reports: she has been putting a cold pack over the dressing on the R thigh wound "when it throbs". Educated to stop -- cold constricts blood vessels, may worsen wound.
Pt also reports she was started on insulin glargine 10 u on 4/1 in the hospital (BG 300s) and has been giving it into both thighs including the R thigh above the wound. Educated to use the abdomen instead and to keep away from the wound.

BMI today: 31.9
Dressing: NPWT discussed, deferred; continued Dakin's gauze BID by home health.
Next visit: 1 week.
""")

# ---------------------------------------------------------------- U14
add("U14", "U14-01", "2022-02-14", "Nephrology Clinic Note", """
NEPHROLOGY OUTPATIENT NOTE -- Summit Renal Care

64 M, ESRD 2/2 DM, on HD since 2014 (MWF, R AVF).

PMH:
- Calciphylaxis 2016 -- biopsy-proven, lesions at his abdominal insulin injection sites; treated with STS x 6 mo plus parathyroidectomy 2016; completely healed by mid-2017, no recurrence since.
- T2DM on insulin (now injects only in the upper arms, rotating sides)
- AF -- warfarin stopped 2016 at the time of the calciphylaxis dx; on apixaban since
- HTN, CAD s/p PCI 2012

Skin: no active lesions. Old healed stellate scars on the lower abdomen.
Labs: PTH 240, Ca 9.0, P 5.2. BMI 28.0.

A/P: stable. Continue non-calcium binder, avoid vitamin K antagonists. Annual full skin check.
""")

add("U14", "U14-02", "2022-05-03", "Emergency Department Note", """
ED NOTE

64M on HD (MWF) s/p mechanical fall at home -- tripped over a rug, landed on R knee. No LOC, no head strike.
PMH: ESRD, T2DM on insulin, AF on apixaban, hx calciphylaxis (2016, resolved).
Exam: R anterior knee: 3 x 2 cm superficial abrasion, cleaned. Full ROM. No effusion.
XR R knee: no fracture.
Tdap given L deltoid (last 2011).
Dx: fall, R knee abrasion. Bacitracin, dressing. D/c home; return if redness or drainage.
""")

add("U14", "U14-03", "2022-05-20", "Podiatry Note", """
PODIATRY -- routine at-risk diabetic foot care

64M, T2DM on insulin, ESRD on HD, hx calciphylaxis in remote past (healed).
R knee abrasion from fall 5/3 healing well, dry scab, no discoloration.
Feet: skin intact b/l, no ulcers, no fissures. Onychomycosis w/ dystrophic nails x 10. Protective sensation (monofilament) absent bilaterally. Pulses: DP 1+ b/l, PT nonpalpable.
Procedure: nail debridement x10, no bleeding.
A/P: at-risk diabetic foot (neuropathy, PAD, ESRD). Extra-depth shoes. RTC 10 wks.
""")

# ---------------------------------------------------------------- U15
add("U15", "U15-01", "2018-09-04", "Dermatology Consult - Inpatient", """
DERMATOLOGY INPATIENT CONSULT -- Lone Pine Medical Center

55F with ESRD on HD (since 2013), T2DM on insulin (U-500 by syringe, she injects only periumbilically), morbid obesity BMI 44.1, admitted with painful L flank and L buttock lesions x 3 wks.

Pt volunteers that she worried her shots caused this, but the lesions are nowhere near where she injects -- she only injects around the belly button, and the lesions are on the left side of the back/flank and on the L buttock.

Exam: L flank: 10 x 7 cm retiform purpura w/ 3 cm central black eschar. L upper buttock: violaceous, indurated plaque 6 by 5 cm, necrosis beginning centrally. Periumbilical skin: many healed puncture marks and lipohypertrophy, NO purpura, livedo or necrosis. Right side of trunk clear. Thighs clear.

Imp: calciphylaxis highly likely (central, adipose-rich distribution in obese HD pt). Lesions are away from her insulin injection sites.
Plan: incisional biopsy L flank today (H&E, von Kossa). Recommend STS with HD. Pain team.
""")

add("U15", "U15-02", "2018-09-06", "Surgical Pathology Report", """
PATHOLOGY REPORT

SPECIMEN: Skin and subcutaneous tissue, left flank, incisional biopsy
DIAGNOSIS: CALCIPHYLAXIS.
COMMENT: Sections show ulcerated skin with dermal necrosis. In the subcutis there is extensive fat necrosis with calcified, partly thrombosed small arteries and arterioles and extravascular calcium deposits around adipocytes (von Kossa positive). Findings are characteristic.
""")

add("U15", "U15-03", "2018-09-14", "Discharge Summary", """
DISCHARGE SUMMARY -- Lone Pine Medical Center

Admission 8/31/2018 -- Discharge 9/14/2018
Diagnosis: Calciphylaxis of the left flank and left buttock, biopsy-proven 9/6. Of note, lesions are not at her insulin injection sites (periumbilical), which remain normal.
Other: ESRD on HD; T2DM on U-500 insulin; obesity, BMI 44.1; secondary hyperparathyroidism; HTN.

Course: sodium thiosulfate 25 g at every dialysis from 9/7. Cinacalcet started; calcium acetate stopped, sevelamer started. Pain managed with scheduled acetaminophen, hydromorphone PRN, gabapentin 100 mg at bedtime. Turning schedule and pressure-redistribution mattress to keep weight off the L flank and buttock. No signs of infection.
Disposition: home w/ home health for wound care; HD unit aware of STS orders.
""")

# ---------------------------------------------------------------- U16
add("U16", "U16-01", "2020-07-08", "Podiatry Note", """
PODIATRY CLINIC NOTE -- Eastgate Foot & Ankle

67 y/o M, T2DM (linagliptin; no insulin), ESRD on HD, PAD, peripheral neuropathy.
CC: sore on R big toe since wearing new dress shoes for his grandaughter's wedding in June -- the shoe rubbed the top/inside of the R great toe.

Exam: R hallux dorsomedial IPJ: ulcer 1.2 cm by 0.8 cm, granular base, hyperkeratotic rim, probe-to-bone negative. DP/PT faint b/l. Monofilament absent b/l. L foot intact.
A: Diabetic neuropathic ulcer R hallux due to shoe friction, Wagner grade 1.
P: sharp debridement of callus rim; post-op shoe for offloading; silver alginate; no more dress shoes. RTC 2 wks.
""")

add("U16", "U16-02", "2020-07-21", "Dermatology Consult - Inpatient", """
Derm consult -- inpatient
Reason: painful thigh lesions

67M ESRD on HD, DM, admitted w/ painful purplish plaques b/l medial thighs x 10 d. Denies injections, trauma, heat/cold to the thighs. Not on warfarin.

Exam: B/l medial thighs: large retiform purpuric plaques, L 12 x 8 cm, R 9 x 7 cm, with central black eschar on the L. R hallux: small clean ulcer w/ callus rim at the shoe-friction site (followed by podiatry) -- looks like a typical neuropathic ulcer, not calciphylaxis.

Imp: suspect calciphylaxis of the thighs.
Plan: punch bx L medial thigh. Recs to nephro re STS if confirmed.
""")

add("U16", "U16-03", "2020-07-23", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Skin, left medial thigh, punch:
- Small subcutaneous vessels with mural calcium deposits (von Kossa +), intimal proliferation and thrombosis; septal and lobular fat necrosis.
- Diagnostic of calciphylaxis.
""")

add("U16", "U16-04", "2020-08-05", "Wound Care Nursing Flowsheet", """
WOUND CARE NURSING FLOWSHEET -- Eastgate Medical Center, 5 West

WOUND 1: L MEDIAL THIGH -- calciphylaxis (bx proven 7/21)
  14 x 9 cm, eschar 70% / slough 30%, periwound purpuric, pain 8/10
  Tx: Vaseline gauze, ABD, kerlix; no tape to skin
WOUND 2: R MEDIAL THIGH -- calciphylaxis (same process as #1)
  9.5 x 7 cm, intact purpura w/ small central eschar, pain 6/10
  Tx: same as #1
WOUND 3: R HALLUX -- diabetic foot ulcer from shoe friction (podiatry following)
  1.0 x 0.7 cm, granular, no drainage
  Tx: silver alginate, offloading shoe when OOB
WOUND 4: SACRUM -- stage 2 pressure injury, hospital-acquired, from prolonged bedrest
  2 x 1.5 cm partial thickness, pink base
  Tx: foam border dressing, turn every 2 h, low-air-loss surface

BMI 27.5. Braden 14.
RN: P. Okonkwo
""")
