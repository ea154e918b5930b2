"""Synthetic notes, patients Z15-Z20. Every word written for this corpus."""

PATIENTS = []


def P(pid, age, sex, notes):
    PATIENTS.append({"patient_id": pid, "age": age, "sex": sex, "notes": notes})


# ---------------------------------------------------------------- Z15
P("Z15", 88, "F", [
("2022-01-18", "Home Health Visit",
"""HOME HEALTH -- SN VISIT NOTE
88 yo F, bedbound since hip fx 2021, CKD IV (not on dialysis; declined), DM2 (diet only), AF on warfarin. Lives w/ son.
WOUND: NEW painful purplish mottled area over L buttock ~6 x 5 cm w/ 2 cm black center, smaller purple patch R buttock. Son says they showed up over the weekend. He turns her q2-3h but she mostly lies on her back in the hospital bed; air mattress on order.
? pressure injury (unstageable) vs something else -- pain severe even with light touch. Reported to PCP/geriatrics.
Wt 44 kg, BMI 19.8
"""),
("2022-01-21", "Geriatrics Clinic",
"""GERIATRICS HOME VISIT
Seen at home with son.
Buttocks: L buttock 6 cm stellate necrotic plaque w/ branching violaceous border; R buttock 3 cm retiform purpura, not open.
The retiform pattern, exquisite pain out of keeping with a pressure wound, warfarin, and CKD IV with phos 6.2 raise the possibility of calciphylaxis rather than simple pressure injury. Discussed a skin biopsy -- pt and son decline; priority is comfort. DNR/DNI confirmed.
Dx: possible calciphylaxis vs unstageable pressure injuries, bilateral buttocks.
Plan: reposition every 2 h on a low air loss surface, low-dose morphine, wound care per HH; ask cardiology whether warfarin can stop; hospice referral.
"""),
("2022-02-08", "Wound Care Flowsheet",
"""WOUND FLOWSHEET (hospice RN)
Wound A -- L buttock -- presumed etiology: ?calciphylaxis vs pressure -- unstageable -- 7 x 6 cm -- 100% eschar -- no drainage -- pain 7/10
Wound B -- R buttock -- presumed etiology: same -- deep tissue-type purple -- 3.5 x 3 cm -- intact -- pain 5/10
[x] turn q2h  [x] low air loss mattress  [ ] sharp debridement (not pursued, goals of care)  [x] dry protective dressing
Warfarin stopped 1/28 per cardiology.
"""),
])

# ---------------------------------------------------------------- Z16
P("Z16", 57, "M", [
("2023-06-05", "Dermatology Consult",
"""DERM CONSULT (inpatient)
57M, ESRD on HD, IDDM (insulin degludec, abdomen only -- denies ever injecting thighs), obesity (BMI 37.0), OSA.
Painful black plaques on both thighs x3 wks.
Exam: medial thighs b/l -- multiple stellate necrotic plaques w/ retiform purpuric borders, largest L 9 cm, R 6 cm. Abd injection areas: no lesions. Feet not examined (socks, pt declined).
Bx (L medial thigh, 6/1): calcified arterioles w/ thrombi -- c/w CALCIPHYLAXIS.
A/P: calciphylaxis b/l thighs, not at any injection or trauma site. STS with HD, stop Ca-based binder, wound care, pain.
"""),
("2023-07-12", "Podiatry Clinic",
"""PODIATRY
CC: "sore on the bottom of my right foot" since he started new steel-toe work boots in 6/2023 -- tight across the forefoot.
PMH: ESRD/HD, DM2 w/ peripheral neuropathy, calciphylaxis of thighs (on STS).
Exam: R plantar 1st MTPJ -- full-thickness ulcer, 1.2 by 1.0 cm, w/ hyperkeratotic rim, granular red base, no eschar, probes to subQ only. Monofilament 0/10 b/l. DP/PT faint b/l. No retiform purpura or livedo on either foot.
Imp: neuropathic (diabetic) plantar ulcer R 1st MTPJ from pressure of tight boots, Wagner 1. Not c/w calciphylaxis.
Plan: debrided callus (done today), post-op offloading shoe, no boots, podiatry 2 wks.
"""),
("2023-08-01", "Dialysis Unit Progress Note",
"""HD MD rounds
Thigh CUA wounds smaller, less pain (4/10). R foot neuropathic ulcer per podiatry, 0.6 cm, healing in offloading shoe. BMI 36.2 today.
Plan: cont STS, cinacalcet; degludec unchanged.
"""),
])

# ---------------------------------------------------------------- Z17 (case report)
P("Z17", 52, "F", [
("2021-03-01", "Case Report",
"""Pathergic pyoderma gangrenosum at laparoscopic port sites in a haemodialysis patient: a mimic of calciphylaxis

Case report
A 52-year-old woman whose kidneys had failed from lupus nephritis, maintained on haemodialysis, and antiphospholipid syndrome treated with warfarin, underwent laparoscopic cholecystectomy for gallstone pancreatitis. She was not diabetic; body mass index, 23 kg/m2.
On the tenth postoperative day painful pustules appeared at the umbilical and right subcostal port incisions and rapidly broke down into ulcers with violaceous, undermined edges, the largest 5 cm across. Given her dependence on dialysis, her warfarin and the severity of the pain, calciphylaxis was the working diagnosis, and sodium thiosulfate was about to be started.
Deep incisional tissue taken at the ulcer margin showed a dense dermal neutrophilic infiltrate with abscess formation, and von Kossa staining found no calcium in or around vessels; tissue cultures were sterile. Calciphylaxis was excluded and pyoderma gangrenosum with pathergy was diagnosed. With oral prednisolone and topical tacrolimus the ulcers re-epithelialised within eight weeks.
"""),
("2021-03-01", "Case Report",
"""Discussion
Both calciphylaxis and pyoderma gangrenosum can produce painful necrotic ulcers at sites of trauma, and in a dialysis patient taking a vitamin K antagonist calciphylaxis is, rightly, suspected first. Here the pustular onset, the undermined violaceous rim and the rapid response to corticosteroids pointed elsewhere, and the biopsy settled the matter. The distinction matters: debridement, often offered in calciphylaxis, can enlarge the ulcers of pyoderma gangrenosum.

Learning points
- A necrotic ulcer at a surgical wound in a patient on dialysis is not always calciphylaxis.
- Biopsy the edge, ask for von Kossa staining, and send tissue for culture before choosing treatment.
"""),
])

# ---------------------------------------------------------------- Z18
P("Z18", 39, "F", [
("2020-11-03", "Operative Note",
"""OP NOTE -- Laparoscopic peritoneal dialysis catheter placement
Date: 11/3/2020
Pt: 39F, ESRD 2/2 type 1 DM (insulin pens, injects thighs), chose PD.
Procedure: 2-cuff coiled Tenckhoff catheter placed laparoscopically; deep cuff in the rectus sheath, subcutaneous tunnel brought out to an exit site in the LEFT LOWER QUADRANT, 3 cm below the belt line as marked pre-op. Tip in the pelvis, good inflow/outflow.
Exit site dressed w/ gauze; catheter taped to the abdomen. EBL minimal. No complications.
"""),
("2021-02-22", "Nephrology Clinic",
"""PD CLINIC
39F on CCPD since 12/2020. T1DM (glargine + lispro, injects thighs). BMI 28.3. No anticoagulants.
S: Since earlier this month, burning pain + a dark patch just below her PD exit site, exactly where the waistband of her jeans rubs and where she tapes the catheter down. No fever, effluent clear.
O: LLQ abd -- 4 x 3 cm retiform purpura w/ central 1 cm eschar, 1 cm inferior to the exit site; exit site itself clean, no crust or pus, tunnel nontender. Thighs: no lesions.
Labs: Ca 10.4, P 7.8 (binders skipped), PTH 730.
A: exit-site infection (unlikely) vs calciphylaxis.
P: exit swab, derm bx this wk, loose clothing, binder teaching.
"""),
("2021-03-01", "Surgical Pathology",
"""SKIN, LEFT LOWER QUADRANT ABDOMEN, PUNCH:
 - CALCIPHYLAXIS: capillaries and arterioles in the subcutis calcified and thrombosed (von Kossa +).
 - Gram stain negative; no organisms on PAS.
"""),
("2021-03-04", "Patient Portal Message",
"""PATIENT: got the biopsy result on the app and it says calciphylaxis. is this from my jeans?? what do I do
RN REPLY: Dr. ___ went over it: yes, the biopsy shows calciphylaxis. The spot formed where the catheter tape and your waistband press on the skin, and rubbing or pressure there seems to have set it off. Please change to loose, high-waisted pants with nothing tight across the exit site, and use a catheter holder instead of tape. We are setting up sodium thiosulfate infusions and will call you with the first date.
"""),
])

# ---------------------------------------------------------------- Z19
P("Z19", 64, "M", [
("2024-01-08", "Patient Portal Message",
"""Subject: blotchy skin
From pt: Doc my thighs have got these purple lace looking blotches the past 10 days or so and they burn. The dialysis nurse said to write you. I still do my insulin in my legs like always. Still on the coumadin too.
Reply (neph RN): Thanks for letting us know. Please keep your visit with Dr ___ this Thursday and don't put heat or ice on the area.
"""),
("2024-01-11", "Nephrology Clinic",
"""NEPHROLOGY CLINIC
64M, HD TTS for ESRD, DM2 on insulin (NPH into anterior thighs), mechanical AVR on warfarin. BMI 30.0.
Skin: both anterior thighs -- violaceous livedo racemosa, broken-net pattern, tender; mild induration L>R; no ulcer, no eschar.
A: livedo of thighs at insulin sites in ESRD pt on warfarin -- cannot exclude early calciphylaxis. Ddx livedo reticularis, vasculitis, cholesterol emboli.
P: derm referral for bx; switch calcium acetate to sevelamer; check PTH.
"""),
("2024-01-19", "Dermatology Consult",
"""DERMATOLOGY
Tender retiform livedo on the anterior thighs b/l, L>R, in areas he uses for NPH. No necrosis yet.
Favor early (pre-ulcerative) calciphylaxis; ddx livedoid vasculopathy.
Plan: two deep punch biopsies 1/26. Move insulin to abdomen. Warfarin alternatives limited by mechanical valve -- cards to weigh in.
"""),
("2024-01-25", "Telephone Encounter",
"""Pt called to cancel bx scheduled 1/26 -- moving to his daughter's in Arizona next wk, will establish with nephrology there. Records faxed with pt consent. Advised to get skin seen soon -- possible calciphylaxis, not confirmed.
"""),
])

# ---------------------------------------------------------------- Z20
P("Z20", 56, "F", [
("2018-07-16", "Nephrology Clinic",
"""NEPHROLOGY -- new HD start follow-up
56 yo woman, ESRD 2/2 DKD, started HD 6/2018 via R IJ TDC. DM2 on insulin (glargine/lispro, abdomen). Mechanical MVR -> warfarin, INR target 2.5-3.5 per cards. Class II obesity, BMI 39.5.
Skin: no lesions, no livedo, no purpura.
A/P:
- High risk for calciphylaxis (female, obese, DM, warfarin, ESRD). Warfarin cannot be stopped (mechanical MV). Counseled: rotate insulin sites, no heating pads or ice packs on the skin, report any painful dark skin spot at once.
- Ca-based binders avoided -> sevelamer. Target PTH 150-600.
"""),
("2018-09-04", "Dialysis Unit Progress Note",
"""MONTHLY HD ASSESSMENT
Skin check: [x] intact  [ ] ulcer  [ ] purpura/livedo  [ ] new wounds
Insulin sites (abd): rotating, no lumps
Calciphylaxis screen: negative -- no painful lesions
Access: R IJ TDC, AVF planned
"""),
("2019-01-22", "ED Note",
"""ED NOTE
56F on HD, mechanical MV on warfarin, slipped on ice in the parking lot and landed on her L hip. No head strike.
Exam: 8 cm ecchymosis L lateral hip, skin unbroken, FROM w/ pain. XR hip/pelvis: no fracture. INR 3.0.
Pt asks whether this bruise can "turn into calciphylaxis" -- explained that it is a risk for her and what to watch for; return for painful dark skin, blisters or an open sore.
Dispo: home, acetaminophen, ice 20 min at a time over clothing.
"""),
])
