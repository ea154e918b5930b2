"""probe65 corpus notes, P08-P14 (home health and PT/OT home visits; all invented)."""

P08 = {"patient_id": "P08", "age": 55, "sex": "M", "notes": [
("2020-09-01", "Home Health OT Visit", """
OT visit #3 - CVA (L MCA) w/ R hemiparesis
Pt now has custom R AFO (posterior leaf, plastic w/ velcro ankle strap) from orthotist, received late August. Wife Dolores helps don it every AM, pt wears it all day until bed.
Noted strap sits snug over the lateral R malleolus; mild red mark after removal that fades in ~20 min. Wife instructed in skin checks AM/PM.
PMH: ESRD - HD TTS, T1DM on insulin pump (Omnipod), HTN, prior DVT (was on coumadin, stopped after GI bleed 2019). BMI 26.0.
ADLs: LB dressing mod A for AFO + shoe; UB dressing set-up. Tub bench transfer CGA.
"""),
("2020-09-22", "Home Health PT Visit", """
PT visit
S: wife says "the ankle strap spot turned purple" - noticed it on 9/14/20 while taking the brace off at night, has gotten darker + very painful since.
O: R lateral ankle just above malleolus, exactly under the AFO strap: firm violaceous plaque 31 x 24 mm, center black, lacy purple border extending 1 cm. Pain w/ any contact, pt can't tolerate AFO or shoe on R.
Gait w/o AFO: 25 ft hemi-walker, mod A, R foot drag - fall risk high, pt told to use WC for now.
Orthotist called for AFO modification; SN and nephrology notified.
"""),
("2020-10-06", "Home Health SN Visit", """
SN visit
Nephrology (Dr. Faraday) and derm saw pt 9/29: clinical diagnosis of calciphylaxis at R lateral ankle, not biopsied due to poor healing risk over the malleolus. STS 3x/wk w/ HD started, cinacalcet increased.
Wound: 3.3 x 2.7 cm, dry black eschar, purple rim. No s/sx infection. Dressing: betadine paint, dry gauze, kling.
Insulin pump site L abdomen, clean.
"""),
("2020-10-20", "Home Health PT Discharge Summary", """
PT DISCHARGE SUMMARY
Reason for d/c: pt admitted to rehab unit for higher intensity therapy.
Status at d/c: transfers CGA, gait 40 ft hemi-walker mod A w/ modified AFO (strap relocated above the wound, window cut out over lateral ankle). R lateral ankle calciphylaxis wound unchanged per SN.
Goals partially met.
"""),
]}

P09 = {"patient_id": "P09", "age": 60, "sex": "F", "notes": [
("2023-02-14", "Home Health PT Visit", """
HHPT visit 2
Pt 60 y/o F w/ end stage renal disease (hemo 3x/wk), insulin-requiring DM2, morbid obesity (BMI 38.5), neuropathy. Husband Marcus gives her Tresiba every AM in the R thigh only - "I always do the right one, she doesn't like the belly." Never in the L thigh per both.
Skin: L inner thigh, upper third - 6 x 4 cm painful, hard plaque w/ purple-black center and mottled border. Pt noticed it "the beginning of this month." R thigh injection area: mild bruising only, no plaque.
Bed mobility mod A, pt uses trapeze. Gait 15 ft RW + CGA.
Reported to case mgr for SN eval.
"""),
("2023-02-28", "Home Health SN Visit", """
SN VISIT
L medial thigh wound: 6.5 x 4.5 cm, central eschar, necrotic edges. Pain 8/10.
Per renal note 2/22: skin bx L thigh -> calciphylaxis. Pt started sodium thiosulfate at HD.
Meds reviewed: insulin degludec 40 u daily (husband, R thigh), sevelamer, cinacalcet, no warfarin.
Wound dressing: calcium alginate + foam, q2d.
"""),
("2023-03-21", "Home Health OT Visit", """
OT visit
Focus: toileting + hygiene w/ painful L thigh lesion. Trialed bariatric bedside commode w/ padded seat, pt able to transfer w/ CGA. Husband trained in peri-care w/ pt side-lying on R.
BMI per dialysis 37.9.
Plan: cont 1w4.
"""),
]}

P10 = {"patient_id": "P10", "age": 77, "sex": "M", "notes": [
("2021-05-11", "Home Health PT Visit", """
PT visit - pt 77 M, PD (CAPD 4 exch/day), paroxysmal AF on warfarin, BMI 24.0, no diabetes
Pt c/o painful spot on back of his L calf that he first felt "last Monday, the 3rd." Denies hitting it, no falls, no scratches, no injections, doesn't use heat or ice on legs.
L posterior calf: 3 cm violaceous firm nodule, tender, with faint mottling around it, skin intact.
Gait 100 ft SPC SBA. Balance: Berg 41/56.
PCP notified, derm referral requested.
"""),
("2021-05-20", "Home Health PT Visit", """
PT visit
Pt fell yesterday (5/19) in the kitchen, lost balance reaching for a cupboard, slid down the cabinet. L calf scraped on the cabinet door edge - wife applied steri-strips to a 4 cm skin tear on the L calf, just lateral to the purple spot that was already there.
Purple calf nodule now has dark center, 3.5 cm.
Fall prevention: reacher issued, grab bar recommended near sink, home safety checklist reviewed. Gait 80 ft SPC w/ CGA today d/t pain.
"""),
("2021-06-01", "Home Health SN Visit", """
SN wound visit
Derm bx 5/24 of L calf nodule: calciphylaxis. Skin tear from the fall healing well, steri-strips off. Derm note states lesion predated the fall.
Warfarin stopped by cardiology, transitioned to apixaban.
Eschar on the L calf measures 3.6 x 3.1 cm today, dry and stable.
"""),
]}

P11 = {"patient_id": "P11", "age": 52, "sex": "F", "notes": [
("2022-10-04", "Home Health PT Evaluation", """
PT EVAL - R shoulder impingement + generalized weakness
52F, kidney failure - dialyzes at the unit on Mon, Wed and Fri; DM2 on Rybelsus (oral), no insulin. BMI 31.2.
Pt ices R shoulder 3-4x/day w/ frozen gel wrap since summer, "helps me sleep."
Also c/o both legs hurting. Skin: bilateral posterior calves w/ scattered purple lacy patches and 2 small dark painful ulcers (L 1.5 cm, R 1 cm). Pt says they came up about 3 wks ago. No trauma to legs per pt.
R shoulder: flex 120, abd 95, painful arc. Skin over R shoulder normal.
PCP notified re leg lesions.
"""),
("2022-10-18", "Home Health PT Visit", """
PT visit
Per vascular/derm eval 10/11: bx R calf ulcer shows calciphylaxis. Plan wound care + STS with HD.
R shoulder ROM improving: flex 135. Ice to shoulder ok to continue per derm (no lesions on arm/shoulder).
Gait 150 ft no AD, antalgic.
"""),
("2022-11-08", "Home Health SN Visit", """
SN visit
BLE calf wounds: L 2 x 1.8 cm eschar, R 1.4 x 1.2 cm eschar, both w/ retiform purpura margins. Pain 6/10.
Diabetes: A1c 7.4. BMI 31.0.
"""),
]}

P12 = {"patient_id": "P12", "age": 70, "sex": "M", "notes": [
("2023-09-26", "Home Health SN Visit", """
SN SOC
70M - ESRD, in-center HD (MWF); insulin-dependent DM2 (NPH BID, self-injects abdomen); HTN; hx CABG. BMI 28.9.
New painful area L buttock noticed by wife ~ Sept 10. Pt is independent, walks daily, sleeps in bed on R side, no prolonged sitting.
L buttock, upper outer quadrant: indurated purplish plaque ~5.1 x 4.2, necrotic center (black), diam ~1.5, livedo all around. Very tender. Pt denies any injury, shots or heat there.
Wound care order: cleanse NS, hydrocolloid, tape border.
"""),
("2023-10-03", "Home Health PT Visit", """
PT visit
Pt reports derm did punch biopsy on the L buttock plaque 9/28. Since then wife has been putting a cool damp cloth over the dressing for pain at night. Dressing tape caused skin stripping at superior edge of the wound.
Bed mobility independent. Gait 300 ft no AD. Car transfer taught.
"""),
("2023-10-17", "Home Health SN Visit", """
SN visit
Path: calciphylaxis L buttock. Surgery did sharp debridement of eschar 10/12 in clinic. Wound measures 56 x 44 x 2 mm, 60% yellow slough, 40% red.
Changed to paper tape → silicone border foam d/t stripping.
Insulin sites abdomen clean.
"""),
("2023-11-07", "Home Health OT Visit", """
OT visit
Pt needs adapted toileting routine d/t L buttock wound; issued long-handled toilet aid + bidet attachment. Pt able to perform hygiene w/ mod I.
Offload L side when seated - gel cushion with cut-out provided.
"""),
]}

P13 = {"patient_id": "P13", "age": 64, "sex": "F", "notes": [
("2024-06-11", "Home Health PT Evaluation", """
PT EVAL - home, 2nd floor apt w/ elevator
64F, hemodialysis Tue-Thu-Sat, DM2 diet-controlled, takes warfarin (recurrent DVTs; INR was 2.4 on last check), BMI 44.0.
S: "My stomach apron is killing me." Pannus: lower central pannus fold - 8 x 5 cm hard purple plaque, black center, mottled net pattern around it. Started ~ mid-May.
Pt denies injections into her belly (never had insulin or heparin shots), no heat pad or hot pack use, wears loose clothes, no belts or binders. Skin under the fold kept dry w/ gauze by her sister.
Functional: sit<>stand mod A from low couch, gait 25 ft bariatric RW, SOB after. Couch raised w/ risers today.
Called PCP, appt at wound clinic being arranged.
"""),
("2024-06-25", "Home Health SN Visit", """
SN visit
Bx of pannus lesion at wound clinic 6/17: calciphylaxis. Renal increasing her dialysis time; discussing whether to stop warfarin.
Nephrology may switch her to enoxaparin shots in place of warfarin - if so, SN to teach pt to use the front of the thighs for them and keep well away from her belly.
Counselled pt + sister: avoid ice/heat to belly, no tight garments or shapewear, report any new purple spots right away.
Wound: 8.5 x 5 cm, black eschar, periwound violaceous. Pain 7/10 on oxycodone 2.5 mg prn.
"""),
("2024-07-09", "Home Health PT Visit", """
PT visit
Warfarin continued per renal/heme decision, no enoxaparin started after all.
Pannus support: OT suggested a loose pannus sling; trialed, pt declined - "too much pressure on the sore."
Sit<>stand min A from raised couch, gait 40 ft w/ 1 rest. Pt proud of progress.
"""),
]}

P14 = {"patient_id": "P14", "age": 68, "sex": "M", "notes": [
("2025-01-14", "Home Health PT Visit", """
PT visit
68M, PD (nightly cycler), non-diabetic, BMI 23.0; not anticoagulated.
S: painful spots on both inner thighs x 10 days. Denies injections, heat, ice or rubbing there.
Skin: bilateral medial thighs w/ several lacy purple plaques ranging 2 to 4 cm, the largest (L) has a small black center. R dorsal forearm has a 3 cm skin tear - caught it on the walker handle 1/9, flap approximated.
Sacral stage II PI, 1x1 cm, from sitting all day in the recliner.
Gait 60 ft RW SBA. Pt tearful, says the thigh pain is "worse than my gallbladder was."
Msgd case mgr + PD nurse re thighs.
"""),
("2025-01-28", "Home Health SN Visit", """
SN visit
Seen in derm clinic 1/23 w/ nephrology input: clinical diagnosis calciphylaxis of both medial thighs (biopsy deferred). R forearm skin tear and the sacral pressure injury were looked at too - both judged ordinary wounds, not calciphylaxis.
Thigh wounds: L 4 x 3 cm eschar, R 2.5 x 2 cm purpura, no drainage.
R forearm: flap adhered, thin dry black eschar along the tear line - simple traumatic wound, healing.
Sacrum: healing under foam, 0.5 cm.
"""),
("2025-02-11", "Home Health OT Visit", """
OT visit
Positioning teaching for thigh wounds: pillow between knees in side-lying, avoid crossing legs, loose pajama pants only. Walker handles padded w/ pipe foam to prevent more skin tears.
Recliner: pressure-redistributing cushion placed, 30 min repositioning timer set on pt's phone.
ADLs mod I w/ AE.
"""),
]}

PATIENTS = [P08, P09, P10, P11, P12, P13, P14]
