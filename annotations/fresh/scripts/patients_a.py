"""Fresh corpus, patients F01-F07 (calciphylaxis yes, Koebner yes).

Each patient: id, age, sex, notes [(date, type, text)], gold {field: value}.
Gold follows annotation-guidelines.md sections 4 and 7; judgement notes inline.
"""
from textwrap import dedent


def t(s):
    return dedent(s).strip("\n")


PATIENTS = []

# F01 - injection (insulin, left lower abdomen). Trauma dated to the year only
# ("since 2016"), lesion to the day ("x1 wk" from 2021-03-09) -> interval empty.
# The tie is told in the patient's words ("where she does her shots").
PATIENTS.append(dict(
    id="F01", age=64, sex="F",
    notes=[
        ("2021-03-09", "Dialysis Unit Progress Note", t("""
            HD UNIT - CHAIRSIDE NOTE (MWF 2nd shift)
            Tx #: 3 of wk. EDW 96.0 kg, pre wt 97.8. Access: L brachiocephalic AVF, good thrill/bruit.
            S: Pt c/o very painful purplish patch on L lower abd x1 wk, rates pain 8/10, hurts even
            lying still. States it is "right where I do my shots" - she has injected
            Lantus + Humalog into the L side of her belly since 2016, rarely rotates.
            O: ~5 x 4 cm stellate violaceous patch w/ dusky center, L lower quadrant, exquisitely tender.
            No drainage. Afebrile.
            A/P: new painful skin lesion in ESRD pt on HD, T2DM on insulin, BMI 37.9 - worried this could
            be something serious. Charge RN notified Dr. Okonkwo. Derm referral faxed, asked pt to
            inject into R arm for now. Ca 9.8 / phos 7.1 / PTH 812 drawn today.
            """)),
        ("2021-03-16", "Dermatology Consult", t("""
            Dermatology - new patient consult
            Sent by nephrology because of a painful abdominal lesion.
            HPI: 64 yo woman w/ ESRD on thrice-weekly hemodialysis (since 2018), type 2 diabetes on
            basal-bolus insulin, morbid obesity. About two weeks ago she first felt a sore, darkening spot low
            on the left side of her abdomen that has since grown and turned black in the middle. For years she has
            given all of her insulin into this one patch of skin. No fevers. Not on warfarin.
            Exam: left lower abdomen with a 6 cm area of retiform purpura surrounding a firm black
            necrotic plaque, confined to the field she uses for injections. Skin of the right abdomen,
            flanks and thighs normal.
            Assessment: clinical picture strongly suggests calciphylaxis localized to her insulin
            injection sites.
            Plan: punch bx x2 (4 mm each) at the purpuric edge today (sent, incl. von Kossa).
            Wound care consult. Pain regimen per nephrology. Counsel to move injections elsewhere.
            """)),
        ("2021-03-22", "Surgical Pathology Report", t("""
            PATH REPORT - SURGICAL
            SPECIMEN A: left lower abdominal skin, two punches.
            CLINICAL: purpura and necrosis at insulin site, ESRD.
            GROSS: two tan-pink cylinders of skin, 0.4 cm diameter, 0.6 and 0.7 cm deep, entirely submitted.
            MICROSCOPIC: The subcutis contains small arterioles with circumferential mural calcium
            deposits (highlighted on von Kossa), fibrointimal thickening and fresh luminal thrombi.
            Fat necrosis with scattered calcified adipocyte membranes. Epidermis shows ischemic change.
            No vasculitis. No organisms on PAS/GMS.
            DIAGNOSIS: LEFT LOWER ABDOMINAL SKIN (2 PUNCHES) - CALCIPHYLAXIS (calcific uremic
            arteriolopathy), see microscopic description.
            """)),
    ],
    gold=dict(calciphylaxis="yes", koebner="yes", trauma_types="injection", sites="abdomen:left",
              lesion_onset="2021-03-02", trauma_date="2016", interval_days="",
              esrd="yes", dialysis="HD", diabetes="yes", insulin="yes", warfarin="no",
              obesity="yes", bmi="37.9"),
))

# F02 - thermal (heating pad, right thigh). Trauma "since early December" -> 2022-12
# (15th), lesion 2023-01-10 -> 26 days.
PATIENTS.append(dict(
    id="F02", age=57, sex="M",
    notes=[
        ("2023-01-17", "Peritoneal Dialysis Clinic Note", t("""
            PD Clinic - monthly visit
            Modality: CCPD, 4 exchanges overnight on cycler + last fill 1.5 L icodextrin. Kt/V 1.9.
            Exit site: clean, dry, no crust, no tenderness (score 0).
            Interval hx: Complains of a sore, dark spot on the front of his right thigh that he first
            noticed on 1/10. He admits he has slept with an electric heating pad laid across the right
            thigh every night since early December because of sciatica, usually on the high setting, and
            sometimes falls asleep with it on.
            Meds: warfarin 5 mg daily (afib, INR goal 2-3), sevelamer, calcitriol, epo w/ PD visits.
            No DM.
            Exam: BMI 27.4 kg/m2. Anterior R mid-thigh w/ a 3 cm mottled, net-like violaceous patch, very tender,
            faint erythema ab igne pattern around it. L thigh normal.
            Impression: painful purpura R thigh in a PD pt on warfarin - need to exclude calciphylaxis.
            Plan: stop using heating pad. Urgent derm. Check Ca/Phos/PTH, INR.
            """)),
        ("2023-01-24", "Dermatology Consult", t("""
            DERMATOLOGY CONSULTATION
            REASON FOR CONSULT: r/o calciphylaxis, right thigh
            HISTORY: 57M on peritoneal dialysis, chronic anticoagulation with warfarin for atrial
            fibrillation. Lesion began 1/10/23 on the anterior right thigh. Nightly heating pad exposure
            to exactly this area for roughly 6 weeks before that.
            EXAM: right anterior thigh - retiform purpura measuring 5 by 3.5 cm, its middle a dusky,
            necrotic 1.5 cm plaque, borders of reticulated brown hyperpigmentation (heat-related). Firm,
            indurated, severely tender. No other lesions on trunk or extremities.
            ASSESSMENT: CALCIPHYLAXIS, clinical diagnosis, right anterior thigh, arising in the area of
            repeated heating pad contact. Biopsy not performed - patient declined after discussion of
            risk of non-healing; findings are classic and we will treat as such.
            PLAN: 1) sodium thiosulfate with PD per nephrology 2) warfarin -> apixaban, discussed with
            cardiology 3) wound care referral 4) no heating or cooling devices on any skin.
            """)),
        ("2023-02-07", "Wound Care Flowsheet", t("""
            WOUND CARE FLOWSHEET
            Wound #1 | Location: R anterior thigh | Etiology: calciphylaxis (per derm 1/24)
            Onset: 01/10/2023
            Length x Width x Depth (cm): 4.2 x 3.0 x 0.1
            Wound bed: 70% black eschar / 30% yellow slough
            Periwound: violaceous, indurated, hyperpigmented reticular rim
            Drainage: scant, serous | Malodor: absent
            Pain score: 7/10, at dressing change 9
            Dressing: [x] hydrogel [ ] alginate [ ] foam [x] bordered gauze  Change: daily
            Debridement: [ ] sharp [x] none - stable dry eschar, leave intact
            Teaching: [x] no heating pad [x] signs of infection [x] pain plan
            RN signature: M. Hallorann RN CWOCN
            """)),
    ],
    gold=dict(calciphylaxis="yes", koebner="yes", trauma_types="thermal", sites="thigh:right",
              lesion_onset="2023-01-10", trauma_date="2022-12", interval_days="26",
              esrd="yes", dialysis="PD", diabetes="no", insulin="no", warfarin="yes",
              obesity="no", bmi="27.4"),
))

# F03 - pressure (thigh-high anti-embolism stockings, both upper thighs).
# Stockings on 2020-06-04; lesions "4 days ago" from 2020-07-01 -> 2020-06-27; 23 days.
PATIENTS.append(dict(
    id="F03", age=49, sex="F",
    notes=[
        ("2020-06-18", "Discharge Summary", t("""
            DISCHARGE SUMMARY
            Admit 6/4/2020  Discharge 6/18/2020
            Principal dx: MSSA bacteremia from tunneled HD catheter, line removed, now dialyzing via
            L upper arm graft.
            Secondary: ESRD on HD (TTS), type 2 diabetes (linagliptin, no insulin), class III obesity
            (BMI 42.6), HTN.
            Hospital course: cefazolin with HD, TEE neg for vegetation. Thigh-length graduated
            compression stockings were put on both legs on the day of admission for VTE prophylaxis and
            she wore them continuously - pt prefers them to heparin shots. Skin intact on discharge
            skin check, Braden 18.
            D/C instructions: continue cefazolin w/ HD through 7/2. Continue thigh-high stockings at
            home while activity limited.
            """)),
        ("2020-07-01", "Urgent Care Note", t("""
            URGENT CARE - Provider Note
            CC: "my legs are burning where the stockings end"
            49 yo F, HD pt, recently discharged. 4 days ago noticed painful purple streaks going around
            the top of both thighs at the line where the elastic band of her hospital stockings sits.
            Still wearing them 24/7 as told. Pain severe, worse w/ walking.
            PE: obese, uncomfortable. Bilat upper thighs with band-like, lacy violaceous discoloration
            in a ring pattern, 2-3 cm wide, w/ 2 small black centers on the R and one on the L. Tender to
            light touch. Calves soft.
            A: ?pressure injury from stocking band vs early calciphylaxis vs DVT (duplex neg here)
            P: told to remove stockings now. Called her nephrologist who will arrange derm tomorrow.
            """)),
        ("2020-07-02", "Dermatology Consult", t("""
            Derm consult - inpatient direct admit
            Pt w/ ESRD/HD, DM2, BMI >40, 5 days of painful circumferential purpura of b/l proximal thighs
            in the exact distribution of the thigh-high compression stockings' top band (worn since
            6/4). Exam: retiform purpura with early necrotic plaques, R > L, upper medial and anterior
            thighs. Ca x P elevated, PTH 640.
            Impression: calciphylaxis suspected, pressure from stockings as the inciting trauma.
            Plan: incisional bx L thigh today, STS, intensify phos control, no stockings/SCDs.
            """)),
        ("2020-07-06", "Surgical Pathology Report", t("""
            PATHOLOGY
            Specimen: skin and subcutis, left proximal thigh, incisional biopsy
            Findings: medium and small vessels of the septa and lobules with stippled and ring-like
            intramural calcification, intimal proliferation, occlusive thrombi; ischemic fat necrosis;
            overlying epidermal necrosis.
            FINAL DIAGNOSIS: Calciphylaxis.
            Comment: findings discussed with Dr. Reyes (dermatology) 7/6.
            """)),
    ],
    gold=dict(calciphylaxis="yes", koebner="yes", trauma_types="pressure", sites="thigh:bilateral",
              lesion_onset="2020-06-27", trauma_date="2020-06-04", interval_days="23",
              esrd="yes", dialysis="HD", diabetes="yes", insulin="no", warfarin="no",
              obesity="yes", bmi="42.6"),
))

# F04 - procedure (case report; laparoscopic trocar sites, right upper quadrant).
# No calendar dates -> onset/trauma date/interval empty. Umbilical port healed.
PATIENTS.append(dict(
    id="F04", age=58, sex="F",
    notes=[
        ("2019-05-01", "Case Report - Case Presentation", t("""
            Calciphylaxis confined to laparoscopic port sites

            The case
            Our patient, a woman aged 58 whose kidneys had failed from reflux nephropathy and who had
            received hospital hemodialysis for seven years, was admitted with recurrent biliary colic. She took
            warfarin for a mechanical mitral prosthesis, bridged with unfractionated heparin by
            continuous intravenous infusion around surgery. She did not have diabetes. Her body mass
            index was 33.4 kg/m2.
            She underwent an uneventful four-port laparoscopic cholecystectomy. The two right upper
            quadrant trocar wounds were closed with subcuticular sutures, as was the umbilical port.
            She went home on the third postoperative day.
            At the six-week review she complained of exquisite pain around the right-sided incisions.
            Each of the two right upper quadrant port scars was now surrounded by a stellate, violaceous
            plaque with a black necrotic centre, about 3 cm across; a faint livedo joined them. The
            umbilical scar had healed normally, and no lesions were found elsewhere. Serum phosphate was
            2.4 mmol/L and parathyroid hormone 98 pmol/L.
            An elliptical specimen cut from the upper plaque margin showed medial calcium in small
            arterioles of the subcutis, luminal thrombi and necrotic fat, diagnostic of calciphylaxis.
            Warfarin was replaced by low-dose heparin during dialysis sessions and then apixaban, and
            she received sodium thiosulfate intravenously after each dialysis session. Both ulcers healed over five
            months with conservative dressings.
            """)),
        ("2019-05-01", "Case Report - Discussion", t("""
            Discussion
            Calciphylaxis typically favours areas of abundant adipose tissue, yet the distribution in
            our patient was dictated by surgery: the necrosis followed the two right upper quadrant
            incisions and nothing else. We interpret this as an isomorphic (Koebner-type) response, in
            which local tissue injury, inflammation and altered blood flow at a healing wound provide a
            nidus for vascular calcification in a patient already predisposed by dialysis dependence,
            secondary hyperparathyroidism and vitamin K antagonism.
            Why the umbilical wound was spared is speculative; it was the smallest incision and lies over
            thin fibrous tissue rather than thick fat.
            Clinicians should keep calciphylaxis in mind when a postoperative wound in a dialysis patient
            becomes disproportionately painful or purpuric, and should consider avoiding warfarin where
            an alternative exists.
            """)),
    ],
    gold=dict(calciphylaxis="yes", koebner="yes", trauma_types="procedure", sites="abdomen:right",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="yes", dialysis="HD", diabetes="no", insulin="no", warfarin="yes",
              obesity="yes", bmi="33.4"),
))

# F05 - accidental (bumped right shin). Bump "2 wks ago" from 2019-09-20 -> 2019-09-06;
# dark area "5 days" -> 2019-09-15 (also "around Sept 15" in derm note); 9 days.
PATIENTS.append(dict(
    id="F05", age=72, sex="M",
    notes=[
        ("2019-09-20", "Emergency Department Note", t("""
            ED PROVIDER NOTE
            CHIEF COMPLAINT: R leg pain
            HPI: 72M, ESRD/HD MWF, IDDM (NPH bid), apixaban for hx DVT, presents w/ worsening
            pain R shin. Pt reports he bumped his R shin hard on the dishwasher door (left open) 2 wks ago -
            small bruise, no break in skin. For the last 5 days the spot has turned dark and is "on
            fire", can't sleep. Denies fevers, no drainage.
            ROS: otherwise neg
            EXAM: T 36.9. RLE: over the anterior mid-shin, 4 x 3 cm firm, purple-black plaque w/ a
            netlike violaceous border, exquisitely ttp out of proportion. DP 1+ b/l. LLE unremarkable.
            BMI 29.1.
            MDM: ddx calciphylaxis (ESRD) vs cellulitis vs evolving hematoma w/ necrotic skin. XR
            tib/fib no fx. Lactate nml.
            DISPO: home, keflex x5d empirically, derm appt 9/24 arranged, return precautions.
            """)),
        ("2019-09-24", "Dermatology Clinic Note", t("""
            DERMATOLOGY
            72 yo man, hemodialysis-dependent, diabetic on insulin. Sent from ED. He and his wife
            describe a knock to the right shin against a dishwasher door in early September; the skin
            at that very spot went purple-black around Sept 15 and has been agonizing since.
            On exam: right anterior lower leg, 5 cm indurated necrotic plaque with retiform purpuric
            halo, no fluctuance. No other skin lesions.
            Impression: calciphylaxis most likely, precipitated by minor trauma. Alternative:
            traumatic hematoma with secondary necrosis.
            Procedure: 6 mm punch biopsy at the purpuric margin, hemostasis w/ Gelfoam, 1 suture.
            Stop keflex. f/u path.
            """)),
        ("2019-09-30", "Surgical Pathology Report", t("""
            SURGICAL PATHOLOGY
            SOURCE: skin, right shin, punch
            DX: CALCIPHYLAXIS. Deep dermal and subcutaneous arterioles show calcium deposited in their
            walls, lumina hold fibrin thrombi; adjacent fat is necrotic. Old
            hemorrhage with hemosiderin-laden macrophages also present, in keeping with the reported
            prior trauma.
            """)),
    ],
    gold=dict(calciphylaxis="yes", koebner="yes", trauma_types="accidental", sites="lower_leg:right",
              lesion_onset="2019-09-15", trauma_date="2019-09-06", interval_days="9",
              esrd="yes", dialysis="HD", diabetes="yes", insulin="yes", warfarin="no",
              obesity="no", bmi="29.1"),
))

# F06 - injection (SC heparin, both posterior upper arms, from 2018-02-11) + pressure
# (BP cuff at every HD run, left upper arm, start unknown). Onset "beginning of this
# month" in a 2018-03-08 message -> 2018-03 (15th); trauma_date earliest known start
# 2018-02-11 -> 32 days. Both arms involved -> upper_arm:bilateral.
PATIENTS.append(dict(
    id="F06", age=66, sex="F",
    notes=[
        ("2018-02-20", "Hospital Discharge Summary", t("""
            HOSPITAL MEDICINE DISCHARGE SUMMARY
            Dates: 02/11/2018 - 02/20/2018
            Dx: community acquired pneumonia, RLL; ESRD on hemodialysis; obesity; hypothyroidism.
            Course: ceftriaxone/azithro, then PO cefpodoxime. Dialyzed on schedule via R forearm AVF.
            DVT ppx: heparin 5,000 units subcut q8h from admission on 2/11 - per pt's request the
            nurses gave all doses in the backs of both upper arms (she did not want them in her
            stomach). Stopped at discharge.
            Skin: no breakdown.
            Follow-up: PCP 1 wk, HD unit resumes Tues.
            """)),
        ("2018-03-08", "Telephone Encounter", t("""
            TELEPHONE ENCOUNTER - nurse triage
            Caller: daughter (Rosa), on HIPAA list.
            Reason: says mom has purple, really painful spots on the back of both arms, started the
            beginning of this month, getting bigger and one on the left looks black now. Mom says it's
            where the hospital gave her the blood thinner shots, and the left is also the arm they
            squeeze with the BP cuff at dialysis three times a wk.
            No fever per daughter. Not on coumadin.
            Advice: seen in derm urgent slot Monday 3/12. Told to ask HD unit to avoid BP cuff on the
            left arm. ED if spreading redness/fever.
            -- J. Patel RN
            """)),
        ("2018-03-12", "Dermatology Urgent Visit", t("""
            DERM URGENT VISIT
            66F, ESRD/HD, obese, recent admission with subcut heparin injected into bilateral posterior
            upper arms. Since early March, painful lesions at those injection sites.
            Exam:
            - L posterior upper arm: 4 cm retiform purpura, central 1 cm eschar; sits within the band
            where the dialysis unit's automated BP cuff inflates every session.
            - R posterior upper arm: 2.5 cm stellate purpura, no necrosis yet.
            - Trunk, thighs: clear.
            Ddx: calciphylaxis (favored), heparin-induced skin necrosis (plt count normal throughout),
            cholesterol emboli (less likely).
            Plan: 4mm punch bx L arm. Check HIT ab. Move BP cuff to a leg. Ca/P/PTH.
            """)),
        ("2018-03-15", "Surgical Pathology Report", t("""
            PATHOLOGY REPORT
            A. Skin, left posterior upper arm, punch biopsy:
            - CUA, i.e. calciphylaxis. Mural calcium in subcutaneous small vessels, intimal
              proliferation, thrombus; fat necrosis both septal and lobular.
            - No leukocytoclastic vasculitis.
            Addendum 3/16: HIT antibody negative.
            """)),
    ],
    gold=dict(calciphylaxis="yes", koebner="yes", trauma_types="injection;pressure",
              sites="upper_arm:bilateral", lesion_onset="2018-03", trauma_date="2018-02-11",
              interval_days="32",
              esrd="yes", dialysis="HD", diabetes="no", insulin="no", warfarin="no",
              obesity="yes", bmi=""),
))

# F07 - thermal (case report; frozen peas on the left knee). No calendar dates.
# The biopsy of the knee lesion is care of the lesion (does not match).
PATIENTS.append(dict(
    id="F07", age=71, sex="M",
    notes=[
        ("2022-08-15", "Case Report - Case", t("""
            Cold-induced calciphylaxis of the knee in a peritoneal dialysis patient

            Case
            A 71-year-old man on continuous ambulatory peritoneal dialysis for diabetic nephropathy
            presented to our dermatology service with an agonizing left knee wound. His type 2
            diabetes was treated with insulin detemir injected into the abdominal wall, and his BMI was
            recorded at 31.0. He had never taken vitamin K antagonists.
            Some months earlier he had developed osteoarthritic pain in the left knee. Reluctant to take
            analgesics, he had been wrapping a bag of frozen peas in a tea towel and holding it against
            the front of that knee for up to an hour, several times a day. Over the following weeks the
            skin under the cold pack became mottled and exquisitely tender, and then broke down.
            On examination the anterior left knee bore a 6 x 4 cm ulcer covered by adherent black
            eschar, surrounded by a rim of retiform purpura, beyond which lay livedo. The right knee, the abdominal
            injection sites and the rest of the skin were unaffected. We took a deep incisional sample
            at the purpuric border; small subcutaneous vessels were calcified and thrombosed, fat lobules
            necrotic, and the von Kossa stain made the diagnosis of calciphylaxis certain. Biopsy of the eschar edge itself
            was deliberately avoided.
            The cold applications were stopped. He received sodium thiosulfate added to his dialysate
            regimen, cinacalcet and a switch to a calcium-free binder; the ulcer was re-epithelialised by
            the end of the fourth month.
            """)),
        ("2022-08-15", "Case Report - Discussion", t("""
            Discussion
            Repeated cooling of the skin causes vasoconstriction, slows flow through dermal arterioles
            and may injure endothelium, conditions that could favour thrombosis in vessels already
            narrowed by medial calcification. Thermal injury from heat has been reported as a trigger;
            cold has received less attention. In our patient the lesion was sharply limited to the field
            where the frozen pack rested, a pattern we regard as a Koebner-like phenomenon.
            Patients receiving dialysis are often advised to use ice for musculoskeletal pain. We now ask
            our patients with risk factors for calciphylaxis not to hold cold or hot objects against
            their skin for long.
            """)),
    ],
    gold=dict(calciphylaxis="yes", koebner="yes", trauma_types="thermal", sites="knee:left",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="yes", dialysis="PD", diabetes="yes", insulin="yes", warfarin="no",
              obesity="yes", bmi="31.0"),
))
