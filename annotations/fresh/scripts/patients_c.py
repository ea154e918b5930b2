"""Fresh corpus, patients F15-F20.

F15-F17 calciphylaxis possible (only ever suspected); F18-F20 calciphylaxis no
(look-alike diagnosed instead, or only a future risk).
"""
from textwrap import dedent


def t(s):
    return dedent(s).strip("\n")


PATIENTS = []

# F15 - possible: portal/telephone thread; PD belt friction spot, "concern for" and
# "still unclear", never biopsied.
PATIENTS.append(dict(
    id="F15", age=47, sex="M",
    notes=[
        ("2021-07-12", "Patient Portal Message", t("""
            MyChart message from patient:
            hi, i have a sore spot on my belly just to the right of my catheter, its where the
            elastic PD belt holds the tubing against me. its gone kind of purple and it hurts way more
            than it looks, like a bee sting that won't stop. no pus, exit site looks ok. should i be
            worried?? i do my exchanges at home 4x a day. thanks - Marcus
            """)),
        ("2021-07-12", "Portal Message Reply - PD Nurse", t("""
            Hi Marcus, thanks for the message and the photo. It doesn't look like an exit site
            infection, but in people on dialysis a painful purple patch sometimes is an early sign of
            a condition called calciphylaxis, so we would like Dr. Lindqvist to see you on Thursday
            7/15 at 10:30. Until then please loosen the belt or move it so it isn't pressing there.
            Call us or go to the ED if you get a fever or cloudy fluid.
            - Anneke, RN, Home Dialysis
            """)),
        ("2021-07-15", "PD Clinic Note", t("""
            HOME DIALYSIS CLINIC
            47 yo M, ESRD 2/2 IgA nephropathy, CAPD since 2019. No diabetes, no anticoagulants.
            Wt 82 kg.
            Concern: 1 wk of painful dusky patch R periumbilical abdomen under the PD belt.
            Exam: 3 x 2 cm faintly reticulated violaceous patch, blanches partially, tender, no
            induration, no ulcer. Exit site pristine, tunnel non-tender.
            Assessment: concern for early calciphylaxis vs friction/pressure injury from belt vs
            bruise. Ca 2.55, PO4 2.1, PTH 45 pmol/L.
            Plan: biopsy deferred (small, non-necrotic, risk of non-healing wound). Swap to a wider,
            softer belt worn lower. Tighten phosphate control. Photo in media tab. Re-check 3 wks.
            """)),
        ("2021-08-02", "Telephone Encounter", t("""
            Phone f/u - PD RN
            Pt reports spot is paler and less painful since belt change. Still slightly tender.
            Dr L reviewed photos: improving; still unclear whether this was early calciphylaxis or
            just belt friction. Keep clinic appt 8/5. Pt aware to call if it darkens or opens.
            """)),
    ],
    gold=dict(calciphylaxis="possible", koebner="no", trauma_types="", sites="",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="yes", dialysis="PD", diabetes="no", insulin="no", warfarin="no",
              obesity="no", bmi=""),
))

# F16 - possible: vascular surgery; gangrenous toe, calciphylaxis stays on the differential.
PATIENTS.append(dict(
    id="F16", age=79, sex="M",
    notes=[
        ("2019-02-11", "Vascular Surgery Consult", t("""
            VASCULAR SURGERY CONSULT
            79M, ESRD on HD (Tu/Th/Sa), AF (warfarin), diet-controlled DM2 (A1c 6.1, no meds), BMI 26.
            Referred for R great toe dry gangrene x3 wk + rest pain.
            PE: R hallux distal half black, mummified, sharp demarcation; dorsum of foot w/ patchy
            livedo. L foot intact. Pulses: femorals 2+ bilat, popliteals 1+, DP/PT absent R, dopplerable L.
            ABI R noncompressible, TBI unobtainable R.
            Imp: CLTI R foot, Rutherford 5. DDx of the livedo + toe necrosis: atherosclerotic
            occlusive dz (most likely) vs cholesterol emboli vs calciphylaxis in ESRD on warfarin.
            Plan: angiogram R leg Thursday, hold warfarin 5 d prior, bridge not needed per cards.
            """)),
        ("2019-02-14", "Procedure Note - Angiography", t("""
            PROCEDURE: L CFA access, aortogram w/ R LE runoff, tibial angioplasty.
            FINDINGS: diffuse heavily calcified tibial arteries, AT occluded proximally, PT occluded
            at mid-calf, peroneal reconstitutes w/ poor pedal arch. PTA of peroneal 2.5 mm, improved
            flow.
            IMPRESSION: severe infrapopliteal disease. Small-vessel process (calciphylaxis) not
            excluded as a contributor to the pedal livedo.
            Closure: Angio-Seal, L groin. No complications.
            """)),
        ("2019-03-01", "Podiatry Note", t("""
            PODIATRY
            s/p R LE PTA 2/14. R hallux remains dry, stable, demarcated; no infection. Dorsal foot
            livedo unchanged, tender.
            A: dry gangrene R hallux, ischemic; possible superimposed calciphylaxis - we have not
            biopsied and will not (poor healing potential).
            P: betadine paint bid, offloading shoe, monitor for autoamputation vs elective amp when
            demarcation complete. Warfarin resumed.
            """)),
    ],
    gold=dict(calciphylaxis="possible", koebner="no", trauma_types="", sites="",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="yes", dialysis="HD", diabetes="yes", insulin="no", warfarin="yes",
              obesity="no", bmi="26"),
))

# F17 - possible: ESRD managed conservatively (no dialysis); suspected calciphylaxis of
# the pannus, hospice before any biopsy.
PATIENTS.append(dict(
    id="F17", age=83, sex="F",
    notes=[
        ("2024-09-03", "Wound Care Flowsheet", t("""
            WOUND ASSESSMENT - HOME HEALTH
            [x] New wound  [ ] Existing wound
            Location: lower abdominal fold (pannus), L > R
            Suspected etiology: [ ] pressure [ ] venous [ ] arterial [x] other: ? calciphylaxis
            per PCP, vs intertrigo w/ breakdown
            Size: 7.5 x 3.0 cm, partial thickness, 2 small black areas along fold
            Periwound: purple mottled, hot to touch? no. Tender ++
            Drainage: small serosanguinous
            Pain: 8/10, pt grimaces w/ any touch
            Interventions: [x] cleanse NS [x] silver alginate [x] ABD pad [ ] NPWT
            Notes: pt w/ stage 5 CKD (ESRD), chose conservative kidney care - NO dialysis. DM on
            insulin. BMI 39.8. Notified PCP re concern.
            """)),
        ("2024-09-10", "Discharge Summary", t("""
            DISCHARGE SUMMARY - brief
            83F admitted 9/5 for pain crisis and worsening necrotic lower abdominal wound.
            ESRD, conservative management per long-standing wishes (declined HD/PD), insulin-treated
            diabetes, obesity.
            Wound: necrotic plaques in the pannus fold w/ retiform purpura. Derm: clinically
            suspicious for calciphylaxis, ddx includes intertrigo-related ulceration and
            pressure necrosis under the fold. Biopsy offered; patient and family declined - goals of
            care comfort-focused.
            Dispo: home hospice. Comfort meds: hydromorphone, lorazepam PRN. Diagnosis remains
            suspected calciphylaxis, unconfirmed.
            """)),
    ],
    gold=dict(calciphylaxis="possible", koebner="no", trauma_types="", sites="",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="yes", dialysis="none", diabetes="yes", insulin="yes", warfarin="no",
              obesity="yes", bmi="39.8"),
))

# F18 - no: warfarin-induced skin necrosis; calciphylaxis considered, then ruled out.
PATIENTS.append(dict(
    id="F18", age=63, sex="F",
    notes=[
        ("2016-08-04", "Emergency Department Note", t("""
            EMERGENCY DEPARTMENT RECORD
            63F, started warfarin 7/29 for new DVT (L popliteal), no bridging given by outside clinic.
            Now 2 d of exquisitely painful dark red-purple patches L breast and R thigh, one blistering.
            Kidneys normal (Cr 0.8). No diabetes. BMI 31.5.
            Exam: L breast 8 cm ecchymotic plaque w/ hemorrhagic bulla; R anterior thigh 6 cm
            purpuric plaque with early central necrosis.
            Imp: warfarin necrosis vs calciphylaxis vs purpura fulminans.
            Plan: hold warfarin, vit K, start heparin drip, derm stat, protein C/S levels, biopsy.
            """)),
        ("2016-08-08", "Surgical Pathology Report", t("""
            PATHOLOGY - final
            Specimen: skin, right thigh, incisional
            Dx: Dermal and subcutaneous small-vessel fibrin thrombi with hemorrhagic necrosis. NO
            vascular or interstitial calcification (von Kossa negative on 3 levels). No vasculitis.
            Comment: pattern is that of a thrombotic vasculopathy and, in this clinical setting, fits
            coumarin-induced skin necrosis. Calciphylaxis is not supported.
            """)),
        ("2016-08-19", "Hematology Follow-up", t("""
            Hematology clinic
            Protein C activity 38% (low) pre-warfarin sample; consistent w/ heterozygous protein C
            deficiency.
            Skin: L breast and R thigh necrotic areas demarcating, eschar on R thigh, followed by plastics.
            Final dx: warfarin-induced skin necrosis. Calciphylaxis ruled out (normal renal fx, bx
            without calcification).
            Plan: apixaban long-term, avoid VKA lifelong. Obesity counseling.
            """)),
    ],
    gold=dict(calciphylaxis="no", koebner="no", trauma_types="", sites="",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="no", dialysis="none", diabetes="no", insulin="no", warfarin="yes",
              obesity="yes", bmi="31.5"),
))

# F19 - no: only a future risk; counselled about calciphylaxis, skin exam negative.
PATIENTS.append(dict(
    id="F19", age=58, sex="M",
    notes=[
        ("2022-03-01", "Nephrology Clinic Note", t("""
            NEPHROLOGY - HD rounding note (monthly)
            58M ESRD (diabetic nephropathy), HD since 2019, insulin-dependent DM2 (degludec + aspart),
            paroxysmal AF on warfarin since 2020, obesity (BMI 30.2).
            Labs: PO4 6.8, cCa 9.9, PTH 1040, Alb 3.4.
            Discussion: his phos/PTH plus warfarin and insulin put him at real risk of calciphylaxis.
            Talked w/ pt about what to watch for (painful purple/net-like skin patches) and to rotate
            injection sites, avoid hot packs and tight belts. Proposed switching warfarin to apixaban
            - pt wants to think about it. Skin today: intact, no lesions.
            Plan: increase binder, start cinacalcet 30, derm skin check.
            """)),
        ("2022-03-15", "Dermatology Skin Check", t("""
            Derm skin check - full body
            Referred for baseline exam in high-risk HD pt. No complaints.
            Findings: multiple seborrheic keratoses trunk; xerosis shins; onychomycosis toenails;
            mild lipohypertrophy abdominal injection areas without discoloration.
            No retiform purpura, livedo, nodules or ulcers. No evidence of calciphylaxis.
            Plan: emollients; pt knows to call if painful skin lesions arise.
            """)),
        ("2022-04-02", "Telephone Encounter", t("""
            Phone note: pt called back re anticoag - agrees to switch to apixaban 2.5 bid (ESRD dosing
            per cardiology). Last warfarin dose 4/3, start apixaban when INR < 2. Reminded again to
            report any new painful skin areas. No skin problems currently.
            """)),
    ],
    gold=dict(calciphylaxis="no", koebner="no", trauma_types="", sites="",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="yes", dialysis="HD", diabetes="yes", insulin="yes", warfarin="yes",
              obesity="yes", bmi="30.2"),
))

# F20 - no: leukocytoclastic vasculitis in SLE; calciphylaxis on the differential,
# excluded by biopsy.
PATIENTS.append(dict(
    id="F20", age=37, sex="F",
    notes=[
        ("2018-12-10", "Urgent Care Note", t("""
            URGENT CARE
            37F w/ SLE (lupus nephritis class III, CKD stage 3, not on dialysis), on hydroxychloroquine
            + mycophenolate. C/o 4 days of raised purple dots on both lower legs, itchy + a bit painful,
            2 small shallow sores on the R ankle. Scratched her L shin on a rose bush last wk - no
            lesion there. No diabetes. BMI 22.
            Exam: palpable purpura b/l lower legs to knees, few hemorrhagic crusts R medial malleolus.
            A: vasculitis?  flare.
            P: CBC, UA, CMP, ESR/CRP, C3/C4, refer derm asap.
            """)),
        ("2018-12-13", "Dermatology Consult", t("""
            DERMATOLOGY NOTE
            Palpable purpura BLE w/ early necrotic centers R ankle.
            DDX: LCV (lupus-assoc vs drug), urticarial vasculitis, cryoglobulinemic vasculitis;
            calciphylaxis considered given CKD but unlikely (no ESRD, no warfarin, lesions palpable
            and petechial rather than retiform).
            Bx x2 (H&E + DIF) L lateral calf.
            """)),
        ("2018-12-17", "Dermatopathology Report", t("""
            DERMATOPATHOLOGY
            Skin, L calf: leukocytoclastic vasculitis of superficial dermal venules with fibrinoid
            necrosis and nuclear dust. No calcium deposits identified; von Kossa negative.
            DIF: granular C3 and IgM in vessel walls.
            """)),
        ("2019-01-07", "Dermatology Follow-up", t("""
            Derm f/u: purpura fading on prednisone taper, ankle erosions re-epithelialized.
            Dx: cutaneous small vessel vasculitis (LCV) in SLE. Calciphylaxis excluded by biopsy.
            """)),
    ],
    gold=dict(calciphylaxis="no", koebner="no", trauma_types="", sites="",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="no", dialysis="none", diabetes="no", insulin="no", warfarin="no",
              obesity="no", bmi="22"),
))
