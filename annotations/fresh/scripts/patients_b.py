"""Fresh corpus, patients F08-F14.

F08 calciphylaxis yes + Koebner yes; F09-F13 calciphylaxis yes + Koebner no (traps);
F14 possible.
"""
from textwrap import dedent


def t(s):
    return dedent(s).strip("\n")


PATIENTS = []

# F08 - procedure (amputation of R 2nd toe, 2021-11-03) + pressure (post-op shoe strap,
# applied in the OR the same day, ongoing). Lesions "mid-Dec" -> 2021-12 (15th); 42 days.
PATIENTS.append(dict(
    id="F08", age=61, sex="M",
    notes=[
        ("2021-11-03", "Operative Note - Podiatric Surgery", t("""
            OPERATIVE REPORT
            Date of surgery: 11/03/2021
            Preop dx: osteomyelitis R 2nd toe, DM w/ neuropathy
            Postop dx: same
            Procedure: amputation R second toe at the MTP joint
            Anesthesia: MAC + ankle block
            EBL: minimal. Tourniquet: none (ESRD, calcified vessels on xray)
            Findings: soft, grey proximal phalanx. Cartilage of 2nd met head intact. Margins bled
            sluggishly but acceptably.
            Closure: 3-0 nylon, simple interrupted. Dry sterile dressing, post-op shoe applied to the
            R foot with the forefoot strap snug.
            Dispo: home, NWB R forefoot, heel weight-bearing in post-op shoe. Continue insulin glargine
            and aspart per home sliding scale. HD tomorrow as scheduled.
            """)),
        ("2021-12-22", "Podiatry Follow-up", t("""
            Podiatry f/u - 7 wks s/p R 2nd toe amp
            Pt states the incision "was healing fine then went black" around mid Dec, + new painful
            black spot on the outside of the R forefoot right where the post-op shoe strap has been
            rubbing since surgery. Pain 9 out of 10, nights worst, cant tolerate the sheet.
            O: R 2nd toe amp site w/ 2.0 x 1.5 cm dry eschar over the entire incision line, surrounded
            by lacy purple mottling. Lat R forefoot (5th met head, under strap) 1.5 cm eschar w/
            violaceous halo. No probe to bone, no purulence. DP/PT faint by doppler, monophasic.
            BMI 30.8. Glucose log 140-220.
            A: non healing amp site + new strap-site necrosis R foot. ddx ischemia vs calciphylaxis
            (ESRD on HD x6 yrs, PTH high).
            P: d/c post-op shoe, offload w/ soft surgical boot. Urgent vascular referral. Discussed
            bx w/ derm - will do punch at lat forefoot edge next wk.
            """)),
        ("2022-01-05", "Vascular Surgery Consult", t("""
            VASCULAR SURGERY CONSULTATION
            Asked to evaluate R foot wounds for revascularization.
            61M, HD-dependent ESRD, insulin-treated DM2, obese. 11/3/21 R 2nd toe amputation for osteo; both the
            amputation incision and a strap-pressure area on the lateral forefoot necrosed during
            December. Derm punch bx 12/29 of the lateral forefoot lesion: medial calcification of
            arterioles with thrombosis -> calciphylaxis.
            Noninvasive: ABI noncompressible; TBI R 0.41; angiography 1/3 - patent SFA/pop, 2-vessel
            runoff via AT and peroneal, no focal target.
            IMPRESSION: calciphylaxis of the R foot at the amputation and shoe-pressure sites; not a
            primarily macrovascular problem. No revascularization option would change this.
            RECS: STS w/ HD, wound care, avoid further surgical debridement unless infected,
            avoid any tight footwear or straps on that foot.
            """)),
    ],
    gold=dict(calciphylaxis="yes", koebner="yes", trauma_types="pressure;procedure",
              sites="foot:right", lesion_onset="2021-12", trauma_date="2021-11-03",
              interval_days="42",
              esrd="yes", dialysis="HD", diabetes="yes", insulin="yes", warfarin="no",
              obesity="yes", bmi="30.8"),
))

# F09 - Koebner no: other side. Insulin only into the RIGHT thigh; lesions on the LEFT thigh.
PATIENTS.append(dict(
    id="F09", age=55, sex="F",
    notes=[
        ("2017-10-18", "Dialysis Nursing Note", t("""
            HEMODIALYSIS RN NOTE  10/18/17
            Pre: BP 162/88, HR 84, wt 102.3 kg (EDW 100.5). Access R IJ permcath, dressing CDI.
            Pt tearful, c/o "hot, stabbing" pain in the L outer thigh since early Oct. Looked at it:
            dusky mottled patch approx palm-sized, lt lateral thigh, no open area. She asked whether it
            is from her insulin - she says she only ever injects into her RIGHT thigh, never the left,
            because she is left-handed and it's easier. R thigh skin: some lipohypertrophy, no
            discoloration.
            Reported to nephrologist on rounds - ordered derm consult. Pt on coumadin for hx PE,
            INR today 2.6.
            """)),
        ("2017-10-25", "Dermatology Consultation", t("""
            DERMATOLOGY CONSULTATION
            CC: painful left thigh
            HPI: 55-year-old woman, ESRD secondary to diabetic nephropathy, on hemodialysis via a
            tunnelled catheter; insulin-requiring type 2 diabetes; warfarin for prior pulmonary
            embolism; BMI 34.5. Left lateral thigh pain and discoloration starting the first week of
            October, progressive. Denies injury, heat, cold or injections to the left leg.
            EXAM: Left lateral thigh: 9 x 7 cm livedo racemosa around a firm violaceous 3 cm plaque,
            early necrosis centrally. Right thigh (her sole insulin site): lipohypertrophy only, no
            purpura, no induration. Abdomen and buttocks clear.
            A/P: presumed calciphylaxis, L thigh. Punch biopsy x2 taken. Hold warfarin pending result
            - discussed with hematology re alternatives.
            """)),
        ("2017-10-30", "Surgical Pathology Report", t("""
            FINAL PATHOLOGIC DIAGNOSIS
            Skin, left lateral thigh, punch biopsies (2):
            Calciphylaxis. Small vessel mural calcification with intravascular thrombi and extensive
            adipocyte necrosis; von Kossa positive.
            """)),
    ],
    gold=dict(calciphylaxis="yes", koebner="no", trauma_types="", sites="",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="yes", dialysis="HD", diabetes="yes", insulin="yes", warfarin="yes",
              obesity="yes", bmi="34.5"),
))

# F10 - Koebner no: all abdominal trauma came after the 2022-04-02 onset (heating pad
# applied to the painful lesion, enoxaparin begun on admission, debridement).
PATIENTS.append(dict(
    id="F10", age=68, sex="M",
    notes=[
        ("2022-04-19", "Emergency Department Note", t("""
            EMERGENCY DEPT - ATTENDING NOTE
            68 yo M, ESRD, dialyzes TTS through a L arm fistula, HTN, morbid obesity (BMI 44.0), former warfarin user
            (stopped 2020 after his ablation). NOT diabetic.
            CC: painful black area on lower belly.
            Per pt and wife: a tender red-purple patch appeared on the underside of his pannus on
            April 2nd, enlarged over the last 2 weeks, center now black. Since it began hurting his wife
            has been laying a microwaveable heat pack on it at night for comfort. No injections in
            abdomen prior to this, no recent surgery, no belt trauma (wears suspenders).
            Exam: lower abdominal pannus with 10 x 6 cm necrotic plaque, black eschar centrally,
            retiform purpuric rim, foul odor absent. WBC 11.2. CT abd: extensive vascular calcs, no gas.
            Impression: suspected calciphylaxis; NSTI felt less likely.
            Plan: admit medicine, gen surg consult, vanc/pip-tazo pending surgical eval, enoxaparin
            40 mg SC daily for DVT prophylaxis starting tonight (abdominal wall), stop heat pack.
            """)),
        ("2022-04-25", "Operative Note - General Surgery", t("""
            OPERATIVE NOTE
            Procedure: excisional debridement of lower abdominal wall wound, 84 sq cm, to subcutaneous
            fat; tissue to pathology.
            Indication: necrotic pannus wound present since early April, pain uncontrolled, eschar
            separating at the edges.
            Findings: dry gray-black subcutaneous fat with minimal bleeding, chalky gritty vessels on
            cut surface. No purulence, no fascial involvement - not NSTI.
            Est. blood loss 25 mL. Dressing: moist gauze, then NPWT to be considered once bed viable.
            Note: several small fresh bruises from the enoxaparin shots were present on the upper
            abdominal wall, well away from the wound.
            """)),
        ("2022-05-02", "Discharge Summary", t("""
            DISCHARGE SUMMARY
            Final diagnosis: lower abdominal pannus CALCIPHYLAXIS, biopsy/excision proven
            (path: calcified arterioles with thrombosis and fat necrosis).
            Onset of the lesion: 4/2/2022, before admission. Lovenox started on arrival (4/19) and
            the debridement (4/25) both followed the lesion; the wife's heat pack was also only used
            after it hurt.
            Comorbidities: ESRD on HD, HTN, OSA, BMI 44. No DM. Warfarin in the past (stopped 2020).
            Treatment: STS 25 grams IV at every dialysis run, cinacalcet started, dressing changes
            daily with Dakin's moistened gauze, hydromorphone PRN.
            Follow-up: wound clinic 1 wk, nephrology at HD.
            """)),
    ],
    gold=dict(calciphylaxis="yes", koebner="no", trauma_types="", sites="",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="yes", dialysis="HD", diabetes="no", insulin="no", warfarin="yes",
              obesity="yes", bmi="44.0"),
))

# F11 - Koebner no: the injection-site calciphylaxis was an old healed 2014 episode
# (historical); the current 2024 lesions are on both calves with no trauma there.
PATIENTS.append(dict(
    id="F11", age=60, sex="F",
    notes=[
        ("2024-02-06", "Transplant Nephrology Clinic Note", t("""
            TRANSPLANT / PD CLINIC
            60F, s/p deceased donor KT 2016 (failed 2023, chronic rejection), back on PD since 6/2023,
            CAPD 4x2L. T1DM on pump? - no, MDI: glargine + lispro, now injects into the upper arms
            only. Weight 71 kg, BMI 28.6.
            PMH notable for calciphylaxis in 2014 at her abdominal insulin injection sites, pre-
            transplant, which healed completely with STS + parathyroidectomy (scars only).
            New: 3 wks of aching, mottled skin on the backs of both calves, now w/ two small open
            sores on the L. No falls, no knocks, no compression stockings, no heat/ice.
            PD: exit site clean. Tacrolimus stopped, on low-dose pred.
            Plan: derm next wk, labs Ca/P/PTH, d/w PD RN about PD adequacy.
            """)),
        ("2024-02-13", "Dermatology Consult", t("""
            Dermatology Consult Note
            History: as per nephrology; she recalls that ten years ago she had 'the same kind of black
            sores' on her lower abdomen where she gave her insulin - those healed in 2014 and have never
            come back; old stellate scars noted there today, soft, no purpura.
            Current: b/l posterior calves with livedo racemosa, three tender retiform purpuric plaques
            (L 3 cm and 2 cm with superficial ulceration, R 2 cm intact). She firmly denies any injury
            or pressure on the calves and no injections into the legs.
            Assessment: recurrent calciphylaxis, current lesions of the calves; prior episode (2014,
            abdomen) resolved.
            Plan: punch bx R calf plaque. Coordinate STS in PD fluid vs IV.
            """)),
        ("2024-02-19", "Dermatopathology Report", t("""
            DERMATOPATHOLOGY REPORT
            Site: right posterior calf
            Diagnosis: CALCIPHYLAXIS - subcutaneous small vessels with calcified walls and
            thrombi, ischemic necrosis of fat lobules. Von Kossa and Alizarin red highlight deposits.
            """)),
    ],
    gold=dict(calciphylaxis="yes", koebner="no", trauma_types="", sites="",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="yes", dialysis="PD", diabetes="yes", insulin="yes", warfarin="no",
              obesity="no", bmi="28.6"),
))

# F12 - Koebner no: the trauma sites (R forearm skin tear from a fall; sacral pressure
# injury) carry wounds of other causes; calciphylaxis is on the medial thighs, untraumatised.
PATIENTS.append(dict(
    id="F12", age=74, sex="M",
    notes=[
        ("2023-05-08", "Dermatology Consult", t("""
            DERM CONSULT (inpatient)
            Q: thigh lesions in HD pt
            74M ESRD on HD x9y (L AVG), no diabetes, BMI 24.3, not anticoagulated. Admitted for
            volume overload. Nursing noted painful dark areas on the inner thighs for ~10 days.
            Exam: b/l medial thighs w/ symmetric indurated plaques, retiform purpura, central stellate
            necrosis L > R. No injections there, no trauma reported to this area.
            Assessment: Calciphylaxis - clinically diagnosed; prior bx of similar lesion in 2022 at OSH
            reportedly positive. No repeat biopsy needed.
            Rec: STS 25g with HD, low Ca dialysate, wound RN.
            """)),
        ("2023-05-15", "Wound Care Flowsheet", t("""
            WOUND/OSTOMY NURSING FLOWSHEET - 5/15/23
            Site A: Sacrum/coccyx | Type: pressure injury, stage 2 (bed-bound since 5/3) | 2.3 x 1.7 x
            0.2 cm | pink bed, no eschar | Tx: foam border, turn q2h, LAL mattress
            Site B: R dorsal forearm | Type: skin tear, category 2 - pt fell 5/10 catching arm on
            bedrail | 4 cm flap, re-approximated w/ steri-strips | Tx: silicone contact layer
            Site C: L medial thigh | Type: calciphylaxis (derm 5/8) | 5.0 x 4.0 cm | 80% eschar | Tx:
            leave eschar dry, betadine paint daily
            Site D: R medial thigh | Type: calciphylaxis | 3.0 x 2.5 | 50% eschar, 50% purpuric |
            Tx: same as C
            Pain w/ care: 6/10 (C, D); 2/10 (A, B)
            Comments: Sites A & B are NOT calciphylaxis per derm review, pattern and base typical of
            pressure and traumatic tear.
            """)),
        ("2023-05-20", "Discharge Summary", t("""
            Discharge summary - Medicine
            Dx: 1. Hypervolemia, resolved with UF. 2. Calciphylaxis, both medial thighs
            (established dx). 3. Stage 2 sacral pressure injury (hospital acquired). 4. R forearm skin tear
            after inpatient fall 5/10, healing.
            Disposition: SNF with HD chair time arranged. Continue STS, wound care per flowsheet,
            pressure offloading. Fall precautions.
            """)),
    ],
    gold=dict(calciphylaxis="yes", koebner="no", trauma_types="", sites="",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="yes", dialysis="HD", diabetes="no", insulin="no", warfarin="no",
              obesity="no", bmi="24.3"),
))

# F13 - Koebner no (case report): lesions on both calves, explicitly away from the
# right knee arthroplasty incision and the abdominal enoxaparin sites. Non-uremic.
PATIENTS.append(dict(
    id="F13", age=45, sex="F",
    notes=[
        ("2020-10-01", "Case Report - Case Description", t("""
            Nonuraemic calciphylaxis sparing surgical and injection sites: report of a case

            Case description
            A 45-year-old woman with primary antiphospholipid syndrome, long-term warfarin therapy and
            severe obesity (body mass index 46) underwent elective total knee arthroplasty on the
            right. Her renal function was normal (creatinine 68 umol/L) and she had no diabetes. Around
            surgery warfarin was paused and bridged with enoxaparin, which she injected into the
            abdominal wall twice daily for ten days, after which warfarin was resumed.
            Recovery from the arthroplasty was uneventful and the midline knee incision healed by first
            intention. About two months later she returned with intensely painful purple patches on the
            backs of both calves that progressed over weeks into black eschars with surrounding
            retiform purpura. She had not worn compression stockings and recalled no injury to the legs.
            Her INR was 3.4. Protein C and S activities were normal.
            Deep skin biopsy of the left calf showed calcification of subcutaneous arterioles with
            thrombi and septal fat necrosis, consistent with non-uraemic calciphylaxis.
            Strikingly, neither the knee scar nor the abdominal skin that had received the
            enoxaparin showed any purpura or necrosis at any point.
            Warfarin was replaced by therapeutic low-molecular-weight heparin after a discussion with
            haematology; she also received intravenous sodium thiosulfate and hyperbaric oxygen.
            """)),
        ("2020-10-01", "Case Report - Discussion", t("""
            Discussion
            Non-uraemic calciphylaxis remains rare. Warfarin, obesity, female sex and hypercoagulable
            states recur in published series, and all were present here.
            Trauma - surgery, injections, pressure - is often cited as a local trigger, and we therefore
            examined the operated knee and the injection fields closely. Their sparing argues that, in
            this patient at least, the disease followed the distribution of posterior calf fat rather
            than that of recent tissue injury. We caution against assuming a traumatic trigger in every
            case: the lesion map should be compared with the trauma history before a link is drawn.
            """)),
    ],
    gold=dict(calciphylaxis="yes", koebner="no", trauma_types="", sites="",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="no", dialysis="none", diabetes="no", insulin="no", warfarin="yes",
              obesity="yes", bmi="46"),
))

# F14 - possible: only ever suspected at a left thigh insulin site; biopsy non-diagnostic,
# "cannot be excluded"; never confirmed or ruled out.
PATIENTS.append(dict(
    id="F14", age=52, sex="F",
    notes=[
        ("2020-11-03", "Emergency Department Note", t("""
            ED NOTE
            52F HD pt (MWF), T2DM on insulin, c/o painful hard purple lump L thigh x 5 days at the
            spot she injects her Levemir. Denies fever. BMI 35.2.
            Exam: L anterolat thigh 4 cm indurated violaceous nodule, no fluctuance on bedside US, no
            open skin.
            A: ?abscess vs cellulitis vs hematoma at inj site, r/o calciphylaxis given ESRD.
            P: doxycycline, warm compresses NOT advised, derm f/u this wk, rotate injection sites.
            """)),
        ("2020-11-06", "Dermatology Clinic Note", t("""
            Dermatology
            L thigh nodule at insulin injection area, present since about 10/29, tender, violaceous,
            now w/ faint livedoid rim. No necrosis.
            DDx: hemorrhage into lipohypertrophy; early calciphylaxis - cannot exclude; panniculitis.
            Performed 5 mm punch incl. subcutis. Pt understands results may be nondiagnostic.
            """)),
        ("2020-11-10", "Surgical Pathology Report", t("""
            SURGICAL PATHOLOGY
            Skin, L thigh, punch: lobular panniculitis with hemorrhage and lipomembranous change. A
            single small vessel shows equivocal granular basophilic material; von Kossa weakly positive
            at one focus. Findings are NONDIAGNOSTIC; early calciphylaxis is not excluded by this small
            sample. Clinical correlation and re-biopsy if progressive.
            Addendum 12/1/2020 (clinic phone note appended by derm): nodule softening, pt declined
            re-biopsy; diagnosis remains uncertain - possible early calciphylaxis vs traumatic fat
            necrosis.
            """)),
    ],
    gold=dict(calciphylaxis="possible", koebner="no", trauma_types="", sites="",
              lesion_onset="", trauma_date="", interval_days="",
              esrd="yes", dialysis="HD", diabetes="yes", insulin="yes", warfarin="no",
              obesity="yes", bmi="35.2"),
))
